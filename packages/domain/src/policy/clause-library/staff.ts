// Written clauses on how staff use social media, at work and in their own lives. Conduct on personal accounts is
// guidance: Schoolgate neither sees nor checks it. Ids are shared by every template whose seed says the same thing.
export const STAFF_CLAUSES: Readonly<Record<string, string>> = {
  'staff.consider-safety':
    'We expect every adult who works for us, including governors, trustees, proprietors and volunteers, to think ' +
    'about pupils’ safety and the risk to the school’s reputation and finances whenever they use social media, ' +
    'in private as well as at work.',
  'staff.privacy-settings':
    'Staff are responsible for the privacy and security settings of their own accounts, for checking what can be ' +
    'seen about them, including what others post about them, and for keeping those settings up to date.',
  'staff.must-not':
    'On social media, staff do not:\n\n' +
    '- run school business from a personal account;\n' +
    '- accept friend requests from pupils, past or present, or talk to them there;\n' +
    '- grumble about the school, its pupils, colleagues or families;\n' +
    '- mention or share details of individual pupils, colleagues or families;\n' +
    '- post pictures of pupils;\n' +
    '- give opinions that could be taken for the school’s;\n' +
    '- connect a personal profile to their school email address.',
  'staff.no-parent-contact':
    'Staff do not accept friend requests from parents or carers, past or present, or talk to them on personal ' +
    'accounts. Some staff are also parents here and friends with other parents online: they think carefully about ' +
    'what they post and keep to the standards of our code of conduct.',
  'staff.not-in-lessons':
    'Staff do not use social media during lessons or other timetabled teaching, unless it is part of the lesson.',
  'staff.no-contact-after-leaving':
    'Staff who leave the school do not use social media to get in touch with pupils, past or present.',
  'staff.others-see':
    'Staff remember that parents, pupils and colleagues may be able to see what they post, and choose their words ' +
    'with that in mind.',
  'staff.conduct-route':
    'Any worry about how a member of staff uses social media in their own life is handled under the staff conduct ' +
    'policy and code of conduct.',
  'staff.past-pupils':
    'Staff do not stay in touch with former pupils through personal accounts; if contact has to continue, it goes ' +
    'through the school’s official channels.',
  'staff.findability':
    'Staff think about how their accounts are set up: how easily pupils or families could find them, and what they ' +
    'would see if they did. We suggest staff:\n\n' +
    '- limit who can see their accounts to friends and family;\n' +
    '- consider a name and profile picture that do not make them easy to identify.',
  'staff.harassment':
    'Harassment is never acceptable. No member of staff uses social media to bully, intimidate, harass or pick on ' +
    'anyone in our community, colleagues, pupils and parents included, whether from a school account or their own ' +
    'and whether in working hours or not. Anything done online counts, be it a post, a reply, a message or a ' +
    'picture, if it could upset, shame or frighten someone or make the place they work or learn hostile. The ' +
    'dignity at work policy applies, and disciplinary action may follow.',
  'staff.school-devices':
    'Staff do not use social media on the school’s computers, tablets or phones unless the headteacher has agreed ' +
    'in writing, and the school limits access to social media sites on its equipment.',
  'staff.recording-devices':
    'Cameras, phones and other recording devices are used only for the purposes the school sets.',
  'staff.breaks-only':
    'Staff may use social media on their own devices during breaks, such as at lunchtime, and not during working time.',
  'staff.school-wifi':
    'Staff do not connect their own devices to the school’s wireless network to use social media or for private ' +
    'browsing; use of that network is monitored and may be questioned.',
  'staff.profile-no-school-name':
    'Staff may say where they work, and it is natural to talk about work sometimes. A profile name or account name ' +
    'must not contain the name of the school.',
  'staff.identify-school':
    'We recommend that staff, leaders included, do not name the school on their social networking profiles, so that ' +
    'what they do outside work is not tied to the school’s reputation.',
  'staff.avoid-naming-school': 'Staff avoid presenting themselves on social media as employees of the school.',
  'staff.professional-standing':
    'How staff present themselves online shapes how pupils, parents and the public see them and the school, and ' +
    'can affect their professional standing and integrity.',
  'staff.no-pupil-relationships':
    'Staff have no contact with pupils through social media unless the pupil is a close relative. A friend request ' +
    'from a pupil is turned down and reported, and the school reminds pupils that its official accounts are the ' +
    'place to connect.',
  'staff.disrepute-examples':
    'Staff keep in mind how what they post reflects on the school, its staff, pupils and families. They do not bring ' +
    'the school into disrepute, for instance by:\n\n' +
    '- contact with pupils’ relatives that could create a conflict of interest or call their fairness into question;\n' +
    '- arguing with or criticising parents, colleagues or others;\n' +
    '- making defamatory remarks about people or organisations;\n' +
    '- posting unsuitable pictures or linking to unsuitable material;\n' +
    '- giving children their personal phone number or email address, or sending children personal messages;\n' +
    '- contacting children for personal reasons, or asking for personal information beyond what their job needs;\n' +
    '- talking negatively about the school, its pupils, parents or colleagues;\n' +
    '- commenting on incidents in school;\n' +
    '- posting photos or video of pupils or their families.',
  'staff.personal-devices-and-children':
    'Staff do not use their own phones or other devices to contact children. When working from home, for instance ' +
    'during remote learning, a member of staff who must call pupils or parents routes the call through the school’s ' +
    'number or hides their own. Any contact with a child through the school’s equipment has the parents’ written ' +
    'agreement, giving the reason for it.',
  'staff.confidentiality':
    'Staff keep confidences. They do not:\n\n' +
    '- discuss confidential or personal information about anyone, or about organisations the school works with;\n' +
    '- discuss the school’s internal business, such as staffing matters or plans not yet made public;\n' +
    '- use anything learnt at work for personal gain, or pass it to others who might (staff may keep in touch with ' +
    'their own relatives who use the school);\n' +
    '- use a school email address or other official contact details for personal accounts.',
  'staff.no-discrimination-or-bullying':
    'Staff do nothing online that could be seen as discrimination, bullying or harassment. They do not:\n\n' +
    '- make offensive remarks about age, disability, gender reassignment, race or nationality, religion or belief, ' +
    'sex or sexual orientation;\n' +
    '- bully anyone, a colleague included;\n' +
    '- post pictures that are, or could be taken as, discriminatory or offensive;\n' +
    '- attack, insult, abuse or defame pupils, their families, colleagues, other professionals or organisations.',
  'staff.advice-from-slt':
    'Staff can ask the senior leadership team for advice about their own use of social networks, and can tell them ' +
    'about a colleague’s misuse.',
  'staff.colleague-friends':
    'Staff think twice before adding colleagues as friends on personal accounts: it blurs work and private life and ' +
    'can make professional relationships harder.',
  'staff.disciplinary':
    'Every member of staff keeps to this policy. A breach may lead to disciplinary action; a serious one, such as ' +
    'bullying a colleague or posting something that badly damages the school, may be gross misconduct and lead to ' +
    'dismissal.',
  'staff.contractors':
    'A contractor who learns that one of their own employees has broken this policy tells the school and makes ' +
    'sure proper action is taken.',
  'staff.not-in-front-of-pupils': 'Staff avoid using social media where pupils can see them doing so.',
  'staff.no-damaging-content': 'Staff do not put anything online that harms the school, its staff or its pupils.',
  'staff.disclaimer':
    'A member of staff whose personal account mentions or affects the school makes clear, for example with a short ' +
    'note on the profile, that their views are their own and they do not speak for the school.',
  'staff.no-identifying-pupils': 'Staff do not post anything that could identify a pupil or a class.',
  'staff.no-aliases': 'Staff do not post anonymously or under another name to get round this policy.',
  'staff.breaches-serious':
    'Breaches by staff are taken seriously. Illegal, defamatory or discriminatory content can lead to prosecution, ' +
    'disciplinary action or dismissal, and out-of-work activity that brings the school into disrepute will be ' +
    'dealt with under the disciplinary procedure.',
  'staff.check-presence':
    'Staff look from time to time at what can be found about them online, and deal with anything negative.',
  'staff.lock-devices':
    'Staff do not leave a computer or device signed in when they step away, and do not let browsers save their passwords.',
  'staff.excessive-use':
    'Staff may use private social media sites in reasonable measure. Where heavy use in school seems to get in the ' +
    'way of their work, disciplinary action may follow.',
  'staff.school-phones':
    'When staff need to reach parents directly, on a trip for example, they use phones or other equipment the ' +
    'school provides, never their own.',
};
