// Written clauses about the school's own accounts: opening them, what goes on them, comments and what the
// accounts follow. What Schoolgate applies itself is generated (clause-generators.ts); these are for people.
export const ACCOUNT_CLAUSES: Readonly<Record<string, string>> = {
  'accounts.central-oversight':
    'Each school in the trust runs its own accounts through staff it names; the trust’s central team oversees them.',
  'accounts.ask-first':
    'Anyone in the school community may suggest that a new account would help their work. They think first about ' +
    'whether it really would.',
  'accounts.best-interests':
    'Whenever staff create, take part in or add to social media for the school, they act in the best interests of ' +
    'the children and young people in our care.',
  'accounts.official-sites-only':
    'Staff communicate with pupils, and let pupils talk to each other, only through the school’s official sites, and ' +
    'a new site needs a sound teaching or business reason.',
  'accounts.platform-terms':
    'An official site keeps to the rules of the service it is on, above all its minimum age. Nobody sets up a site ' +
    'on a whim, since a careless one can bring the school bad publicity.',
  'accounts.teaching-use':
    'Staff may use one of the school’s official accounts to work with pupils on their learning, after thinking about ' +
    'whether it is suitable and what could follow from it.',
  'posts.not-shared':
    'We do not post anything harmful or abusive, and we do not pass on posts from the personal accounts of staff, ' +
    'pupils or families.',
  'posts.age-appropriate':
    'Whoever runs an account makes sure everything it shares suits the ages of the children in our community.',
  'posts.tone':
    'What we publish suits its audience while staying professional. We aim to be:\n\n' +
    '- engaging\n- conversational\n- informative\n- friendly',
  'comments.complaints':
    'We try to deal politely with anyone who raises a concern or behaves badly on our accounts. Complaints belong ' +
    'in the school’s complaints procedure, so we point people to it rather than settle them in public.',
  'comments.monitor-regularly':
    'The runners look at the accounts often and step in early, so that bullying or other unacceptable behaviour ' +
    'on them is caught quickly.',
  'comments.explain-action':
    'When a conversation on our accounts turns offensive, the runners hide, delete, block or report as this policy ' +
    'says, and tell the other readers why they did so.',
  'following.follow-back':
    'Our accounts may follow people and organisations that follow us. A follow from the school is not an endorsement.',
  'images.respect-wishes':
    'Photos and video are used only with the permission our consent process records. If anyone asks not to be ' +
    'filmed or photographed, for whatever reason, we respect that.',
  'images.only-official': 'Staff never upload pictures of pupils anywhere except the school’s own accounts.',
  'images.judgement':
    'Staff use their professional judgement before sharing a picture: pupils are suitably dressed and nobody is made ' +
    'fun of.',
  'images.delete-compromising':
    'A member of staff who takes a picture by accident that could be misread or misused deletes it straight away.',
};
