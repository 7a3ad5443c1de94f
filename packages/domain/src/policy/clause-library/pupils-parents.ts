// Written clauses addressed to pupils and to parents and carers. All guidance except where RECORDED_RULES says
// Schoolgate keeps a record; the steps the school takes with repeated abuse are generated (comments.repeat-offenders).
export const PUPIL_AND_PARENT_CLAUSES: Readonly<Record<string, string>> = {
  'pupils.encouraged':
    'We encourage pupils to:\n\n' +
    '- treat staff and the school with respect at all times;\n' +
    '- treat other pupils and families with respect;\n' +
    '- bring any complaint or worry to the school through its proper channels, so it can be dealt with fairly.',
  'pupils.should-not':
    'Pupils do not use social media to:\n\n' +
    '- complain about particular members of staff or about the school;\n' +
    '- make unkind or unsuitable remarks about staff, other pupils or families;\n' +
    '- post pictures or video of other pupils without their agreement.',
  'pupils.not-in-school-day': 'Pupils do not use social media during the school day.',
  'pupils.behaviour-policy':
    'Any concern about how a pupil uses social media is dealt with under the school’s behaviour policy.',
  'pupils.follow-rules': 'Pupils keep to the school rules and do what teachers ask of them online as elsewhere.',
  'pupils.not-in-lessons': 'Pupils do not use social media in lessons unless it is part of the lesson.',
  'pupils.breaches':
    'A pupil’s breach of this policy is taken seriously; illegal, defamatory or discriminatory content could lead ' +
    'to exclusion.',
  'pupils.no-staff-contact':
    'Pupils and parents do not try to befriend or contact staff through social media. Any attempt is reported to ' +
    'the headteacher.',
  'pupils.no-aliases': 'Pupils and parents do not post anonymously or under another name to get round this policy.',
  'pupils.no-damaging-content':
    'Pupils and parents do not put anything online that harms the school, its staff or its pupils.',
  'pupils.age-limits': 'Pupils do not join social media sites whose minimum age is above their own.',
  'pupils.report-content': 'A pupil who comes across something unsuitable online while at school tells a teacher.',
  'pupils.comments-behaviour-policy':
    'Offensive or unsuitable comments by pupils about the school are dealt with under the behaviour policy.',
  'parents.model':
    'We ask parents and carers to help us show pupils what safe, responsible and sensible use of social media looks like.',
  'parents.should':
    'Whether talking to the school through its own channels or talking about the school anywhere else, parents and ' +
    'carers:\n\n' +
    '- are respectful to and about staff and the school;\n' +
    '- are respectful to and about other families and children;\n' +
    '- bring complaints and worries to the school through its proper channels.',
  'parents.should-not':
    'Parents and carers do not use social media to:\n\n' +
    '- complain about particular members of staff, other families or pupils;\n' +
    '- complain about the school;\n' +
    '- make unsuitable remarks about staff, other families or pupils;\n' +
    '- draw attention to or discuss incidents of pupils’ behaviour;\n' +
    '- post pictures or video of children other than their own.',
  'parents.threatening-communications':
    'Some messages are crimes: sending a threatening message is an offence under the Online Safety Act 2023.',
  'parents.not-for-complaints':
    'Social media is not the place to raise a concern about your child’s school. Please bring it to the school ' +
    'first, under the complaints procedure.',
  'parents.appropriate-use':
    'Used well, social networks help pupils learn and let parents find out about the school and give their views ' +
    'quickly and easily. We know many parents and relatives have their own accounts and talk about school matters ' +
    'with friends there.',
  'parents.before-posting':
    'Before posting anything about the school, its staff or pupils, or anyone else connected with it, please ask yourself:\n\n' +
    '- Is this the right place to raise this concern or share this view?\n' +
    '- Would a private conversation with the school be better? It would be for a serious complaint or allegation: ' +
    'social media is no place to name people and criticise them, so please contact us instead.\n' +
    '- Could the post hurt someone, or damage their reputation, unfairly, especially before the school has been ' +
    'able to look into a complaint?\n' +
    '- What harm could it do to the school and to pupils’ learning?',
  'parents.never-appropriate':
    'Social media is a good way to share good news. Now and then it is used to spread negative or hurtful remarks, ' +
    'and however quick and easy it seems, it is never the right way to air frustration with the school or anyone ' +
    'connected with it.',
  'parents.inappropriate-examples':
    'Examples of what the school regards as unacceptable (there are others):\n\n' +
    '- accusing staff, pupils or parents of wrongdoing, or cyberbullying them;\n' +
    '- complaining about the school or its staff;\n' +
    '- making defamatory remarks about the school or its staff;\n' +
    '- posting negative or offensive remarks about the school or about any pupil, member of staff, governor or ' +
    'volunteer, whether named or not;\n' +
    '- posting racist remarks;\n' +
    '- posting threats of violence.',
  'parents.children-use':
    'Parents make sure their children use social networks and the internet sensibly, do not hold accounts below the ' +
    'minimum age, and know what is and is not acceptable to post.',
  'parents.monitor-children': 'Parents keep an eye on what their children do online, including on social media.',
  'parents.first-step':
    'Parents may not always realise that a post crossed a line. Usually the school’s first step is to talk to the ' +
    'parent and ask them to take the post down.',
  'parents.raise-directly':
    'We always respond to parents professionally. A parent who raises a question, concern or complaint on social ' +
    'media is asked to contact the school directly instead, so that it can be dealt with fairly and properly under ' +
    'the complaints procedure.',
  'parents.platform-rules':
    'Every social network has rules about what may be posted on it and a way to report anything that breaks them.',
  'parents.home-school-agreement':
    'A parent asked to come and see the headteacher will talk about how the post breaks the home-school agreement and ' +
    'what may follow if it continues.',
  'parents.communication-channels':
    'The school keeps in touch with families in many ways: letters, phone calls, email, meetings in person or ' +
    'online, its apps and website, newsletters, reports and parents’ evenings.',
  'parents.professional-relationships':
    'Good communication does more than pass on information: it shows our values, builds parents’ support and ' +
    'keeps relationships open, positive and professional.',
  'parents.no-staff-personal-contact':
    'We ask parents not to contact staff through social networks, personal phones or personal email.',
  'parents.learning-platform':
    'Where parents can post or comment on a school learning platform, the school tells them what use is acceptable.',
  'parents.comment-appropriately':
    'We welcome parents posting and commenting sensibly about the school. If a parent posts something offensive or ' +
    'unsuitable, we ask them to remove it and invite them in to talk it over, and point them to the complaints ' +
    'procedure where needed.',
};
