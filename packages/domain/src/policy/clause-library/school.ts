// Written clauses about how the school runs the policy: roles, training, monitoring, behaviour, filtering, the law,
// cyberbullying, related policies and tips. Those Schoolgate keeps a record of are listed in RECORDED_RULES.
export const SCHOOL_CLAUSES: Readonly<Record<string, string>> = {
  'roles.governors':
    '**The governing body** is responsible overall for putting this policy into practice, makes sure it treats ' +
    'nobody unfairly on any ground (ethnicity or national origin, culture, religion, gender, disability, sexual ' +
    'orientation or any other), approves each version and deals with complaints about it.',
  'roles.head': '**The headteacher** runs this policy and its procedures day to day.',
  'roles.slt':
    '**The senior leadership team** arranges training and guidance, develops the policy and puts it into practice, ' +
    'leads on investigating incidents (making the first assessment and bringing in staff and outside agencies as ' +
    'needed), and receives and decides requests for new accounts.',
  'roles.administrator':
    '**The account administrator** sets up an account once it has been approved, keeps its sign-in details safe, ' +
    'helps watch over it and post to it, and arranges for it to be handed over or closed when its lead leaves.',
  'roles.staff':
    '**All staff**, volunteers included, know this policy and follow it, help pupils to follow it, apply it fairly ' +
    'in class, attend the training offered, keep what they have posted on school accounts up to date, and add a ' +
    'note to any personal account that names the school.',
  'roles.parents':
    '**Parents and carers** take responsibility for their children’s use of social media at home and encourage safe ' +
    'behaviour online.',
  'roles.esafety-team':
    'The school names here the members of its e-safety team, its network manager and its filtering and monitoring ' +
    'provider.',
  'roles.head-monitors':
    'The headteacher (or head of school) checks how the policy is working and makes sure it is updated as the ' +
    'school’s needs change.',
  'roles.board-approves': 'The board approves each version of this policy.',
  'training.data-protection': 'Staff training on data protection and the GDPR includes the use of social media.',
  'training.spot-at-risk':
    'Acting early protects pupils at risk from cyberbullying or harmful behaviour online, so teachers are trained to ' +
    'recognise pupils who may be at risk.',
  'training.pupils-education':
    'To help prevent cyberbullying, pupils learn and talk about staying safe online regularly in computing and PSHE.',
  'monitoring.without-notice':
    'For legitimate reasons, the school may monitor, intercept and review, without further notice, how staff use ' +
    'its IT and communication systems, social media included: to check that expected standards are met, and to find ' +
    'and investigate misuse, including to prevent or detect crime.',
  'monitoring.ict':
    'The school’s ICT systems are monitored under its ICT use policy, and so is any personal device joined to the ' +
    'school’s wireless network, so nobody should expect privacy on them. The school may check use of its own ' +
    'internet and email without telling users first where there is a well-founded concern.',
  'monitoring.at-work': 'Staff use of social media at work may be monitored under the school’s policies.',
  'behaviour.standards':
    'Everyone who uses social media in connection with the school keeps to the standard of behaviour this policy ' +
    'and the school’s other policies set.',
  'behaviour.professional':
    'Staff communicate online professionally and respectfully. They do not use social media to intrude on others’ ' +
    'rights or privacy or to pass careless judgement on colleagues, never use school accounts for personal gain, and ' +
    'keep confidences even after they leave the school.',
  'behaviour.declare-identity':
    'People say who they are when they post about school matters; anonymous posts are discouraged.',
  'behaviour.unacceptable-reported':
    'Unacceptable conduct, such as defamatory, discriminatory, offensive or harassing content, or a breach of data ' +
    'protection, confidentiality or copyright, is taken very seriously, reported quickly to a senior member of staff ' +
    'and taken further where needed.',
  'behaviour.breaches':
    'The school acts on breaches of this policy. It deals with unacceptable conduct itself; conduct it believes to ' +
    'be illegal is reported to the police and other agencies, and the disciplinary policy may apply.',
  'blocked.pupils-blocked':
    'Pupils cannot reach social networking sites or forums on the school’s network: they are all blocked.',
  'blocked.circumvention':
    'Anyone who tries to get round the school’s firewall loses the use of school computers except under close supervision.',
  'blocked.report-sites':
    'Anyone who comes across unsuitable material on a school computer tells the headteacher, so the site can be blocked.',
  'blocked.filtering-alerts':
    'The school’s filtering service alerts the headteacher and a safeguarding lead when someone in school searches ' +
    'for something unsuitable.',
  'legal.copyright':
    'Before sharing anything, people think about who owns it, ask the owner’s permission where needed, and credit ' +
    'them when permission is given.',
  'legal.data-protection': 'Nobody’s use of social media may break data protection law or a confidence.',
  'cyberbullying.anti-bullying-route':
    'Cyberbullying is taken seriously, and is reported and dealt with along the same lines as the anti-bullying policy.',
  'cyberbullying.do-not-retaliate':
    'Staff who are targeted never answer back or retaliate. They report the incident as unacceptable and ask their ' +
    'line manager or a senior colleague for support, keeping screenshots of the messages or pages with the date and time.',
  'cyberbullying.internal':
    'When the bully is a current pupil or colleague, most cases are handled through the school’s own procedures.',
  'cyberbullying.adult':
    'When the bully is an adult, a senior member of staff usually invites the person targeted to a meeting about ' +
    'what happened. If the material is threatening, abusive, sexist or sexual, or a hate crime, the school considers ' +
    'going to the police.',
  'related.policies':
    'This policy works alongside:\n\n' +
    '- the child protection and safeguarding policy;\n' +
    '- the staff behaviour policy and code of conduct;\n' +
    '- the acceptable use policy;\n' +
    '- the data protection policy;\n' +
    '- the complaints procedure.',
  'tips.smart':
    'We teach pupils to be SMART online:\n\n' +
    '- **Safe**: keep personal details and photos of yourself away from people you meet online, and keep to age limits.\n' +
    '- **Meeting**: never meet someone you only know online; we ask parents to talk to their children often about ' +
    'who they talk to online.\n' +
    '- **Accepting**: only open messages from people you already know.\n' +
    '- **Reliable**: not everything online is true.\n' +
    '- **Tell**: tell a teacher, parent or carer about anything online that makes you uncomfortable.',
  'tips.personal-use':
    'Looking after your own social media:\n\n' +
    '- Nothing online is truly private unless you make it so: keep personal details private and check your ' +
    'settings often.\n' +
    '- Keep the school’s logo and branding off personal accounts.\n' +
    '- Mind your digital footprint, and review your connections from time to time.\n' +
    '- Before you post, think about how far it could travel, who might see it and how long it will last.\n' +
    '- Decide whether you want to be tagged in pictures, and think what pupils or parents would make of yours.\n' +
    '- Know how to report a problem.',
  'tips.dos':
    'Do:\n\n' +
    '- check with a senior colleague before publishing anything that could be controversial for the school;\n' +
    '- say when views are your own, and make clear who is posting;\n' +
    '- keep a professional tone, be respectful, and take care over spelling and grammar;\n' +
    '- get permission before sharing other people’s material, and credit them;\n' +
    '- give opinions calmly and in balance, and get a second opinion when unsure;\n' +
    '- ask for advice and report mistakes through the school’s reporting process;\n' +
    '- think about turning off tagging in pictures;\n' +
    '- be careful what you repost and whom you accept as a follower;\n' +
    '- stay out of arguments and stay neutral on party politics.',
  'tips.donts':
    'Do not:\n\n' +
    '- post, comment on or link to anything that would bring the school into disrepute;\n' +
    '- publish confidential or commercially sensitive material;\n' +
    '- break copyright, data protection, safeguarding or other law;\n' +
    '- link to, embed or add material that may not suit everyone who follows the school’s accounts;\n' +
    '- post anything insulting, defamatory, offensive, harassing or discriminatory;\n' +
    '- use social media to air grievances about work.',
};
