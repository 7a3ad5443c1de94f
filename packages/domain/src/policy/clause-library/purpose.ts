// Clauses on what the policy is for, whom it covers and what "social media" means, in Schoolgate's own words.
// Each is guidance unless listed in RECORDED_RULES (clause-library/index.ts); ids are stable across templates.
export const PURPOSE_CLAUSES: Readonly<Record<string, string>> = {
  'purpose.aims':
    'This policy does three things:\n\n' +
    '- it sets the rules for the social media accounts the school runs in its own name;\n' +
    '- it says how we expect everyone in our community to treat each other online;\n' +
    '- it backs up our policies on data protection, online safety and safeguarding.',
  'purpose.who-must-follow':
    'Staff, pupils and parents and carers are all expected to read this policy, make sure they understand it and keep to it.',
  'purpose.work-and-personal':
    'It covers social media used for the school’s work and for private life alike, during the working day and outside it.',
  'purpose.any-device':
    'It applies whatever device is used: the school’s own computers and equipment, devices that belong to staff or ' +
    'pupils, or any other device that can reach the internet.',
  'purpose.law-applies':
    'What people share on social media, even in a closed group or a private account, can still fall under the law on ' +
    'copyright, safeguarding and data protection. Everyone also follows the school’s other policies that touch on ' +
    'the same ground (see *Related policies*).',
  'purpose.reputation':
    'What staff write, post or share online in their own time can still harm how the school is seen.',
  'purpose.principles':
    'Social media helps the school talk to families and the wider community. This policy sets out the principles ' +
    'staff and contractors follow so that confidentiality is kept, everyone stays accountable for what they post, ' +
    'and the good name of the school and of its pupils is protected.',
  'purpose.position-of-trust':
    'Everyone who works at the school holds a position of trust. They get to know this policy and speak up about ' +
    'anything that worries them, so that children are safe and staff are protected.',
  'purpose.changing-field':
    'New platforms appear all the time, so no list here can be complete. The principles in this policy apply to any ' +
    'social media staff use, at work and in private life.',
  'scope.who': 'This policy covers everyone who works at the school, including governors and contractors.',
  'scope.aims':
    'It is meant to help staff and others see what working in a school means for their use of social media:\n\n' +
    '1. switching on the right privacy settings and checking them regularly;\n' +
    '2. keeping relationships and conduct professional;\n' +
    '3. knowing what is and is not acceptable.\n\n' +
    'It also sets out what the school and its staff are responsible for, alongside the ICT use policy and the code of conduct.',
  'scope.represents-school':
    'The policy covers every member of staff and every online communication that speaks for the school, directly or ' +
    'indirectly, whenever and wherever it is posted.',
  'scope.training-and-monitoring':
    'It promotes safe and responsible use of social media through training and teaching, and says how the school ' +
    'keeps an eye on public social media activity that concerns it.',
  'scope.personal-communications':
    'The school respects that staff and pupils use social media in their private lives. Posts made from a personal ' +
    'account fall within this policy only when they could harm professional standards or the school’s reputation; ' +
    'personal posts that neither mention nor affect the school are outside it.',
  'parents.intro-opportunity':
    'Social media is part of everyday life. It lets us show families what happens in school, celebrate what pupils ' +
    'achieve and hear from our community, and we want to use it well while protecting the school’s good name.',
  'parents.intro-purpose':
    'This policy gives parents and carers guidance on using social media where it concerns the school. It also sets ' +
    'out the steps school leaders take, and what the school may do, when that use goes wrong, not least because ' +
    'of our duty to keep children and vulnerable adults safe. We want to encourage new ideas within a clear ' +
    'framework of good practice.',
  'parents.who-is-a-parent':
    'Where this policy says *parent*, it also means carers, other relatives and anyone else connected with the school.',
  'parents.objectives':
    'With this policy we aim to:\n\n' +
    '- encourage parents to use social networks safely, sensibly and positively;\n' +
    '- protect pupils, staff and everyone connected with the school from the harm social networks can do;\n' +
    '- protect the school from unfair abuse online;\n' +
    '- make clear what the school sees as acceptable and unacceptable use by parents;\n' +
    '- set out the steps the school takes when a parent’s use harms the school, its staff, its pupils or anyone ' +
    'connected with it, and the action it may then consider;\n' +
    '- keep the school clear of legal risk and damage to its reputation from social media;\n' +
    '- make it easy to tell which information really comes from the school.',
  'definitions.social-media':
    'In this policy, *social media* means any technology that lets people talk to each other and share information, ' +
    'photos and video, including messaging groups such as WhatsApp.',
  'definitions.social-media-broad':
    '*Social media* here means any online service where people talk to each other straight away or share material ' +
    'in public: social networks such as Facebook, Instagram, X, Snapchat, WeChat, Reddit and LinkedIn, blogs, and ' +
    'video and photo sites such as YouTube and TikTok.',
  'definitions.social-media-parents':
    '*Social media* covers the websites and apps people use to talk to each other directly, from photo and video ' +
    'sharing to social networks. The policy also covers phones, cameras, tablets and any newer way of communicating.',
  'definitions.platform-types':
    'The school counts as *social media* any online service where people interact in real time, for example ' +
    'discussion forums, shared spaces such as Facebook, video sites such as YouTube, short-message services such as ' +
    'X, and messaging apps such as WhatsApp.',
  'definitions.cyberbullying':
    '*Cyberbullying* means using social media or any other communication technology to bully a person or a group.',
  'definitions.school-community':
    'The *school community* means teachers, support staff, pupils, their parents and carers, governors and former pupils.',
};
