/**
 * Phase 7: complaints about the school or its staff, and talk of behaviour incidents.
 * Parents are asked not to do either on social media (000, 002: "Complain about the school",
 * "Draw attention to, or discuss, behaviour incidents"); the school replies pointing to the
 * complaints procedure (003). A complaint needs the school or a member of staff and a
 * grievance; an incident needs a child and an act of behaviour.
 */
import type { Phase, Signal } from './phase.ts';
import { findRosterNames, nameWords } from './roster.ts';

const SCHOOL =
  /\b(?:(?:this|the|our|your|my (?:son'?s|daughter'?s|child'?s|kids'?)) (?:school|academy|nursery|office|trust|governors|staff|teachers?|head|head ?teacher|senco|slt|management|leadership|receptionist|pta)|school|academy|head ?teacher|headmaster|headmistress|teachers?|staff|senco|governors|(?:mr|mrs|miss|ms|dr)\.? [a-z]+|sir)\b/;
const GRIEVANCE =
  /\b(?:disgrace(?:ful)?|disgusted|disgusting|appalling|appalled|shocking|shocked|shambles|useless|incompetent|unacceptable|pathetic|a joke|ridiculous|let (?:us|my \w+|the kids|the children|them) down|let down|failing|failed|not good enough|rubbish|worst|terrible|awful|poor|clueless|ignored|ignoring|no (?:response|reply|one replied|one got back|communication)|never (?:reply|replies|replied|respond|responds|answer|answers|listen|listens|bother)|nobody (?:replies|replied|answers|listens|cares|got back)|(?:should|ought to) be (?:sacked|ashamed|fired|struck off)|fuming|furious|livid|complain(?:t|ts|ed|ing)?|taking (?:this|it) further|ofsted|the council|local authority|my mp|solicitor|not acceptable|absolute joke|beyond a joke|no excuse|treated (?:like|badly)|singled out|picking on|picks on|favourites|unfair(?:ly)?|waste of (?:time|space)|clearly (?:don'?t|do not) care|(?:don'?t|do not|doesn'?t) care|couldn'?t care less|fobbed off|still waiting)\b/;
const EXPLICIT_COMPLAINT =
  /\b(?:i (?:want|wish|would like|am going|'m going) to (?:make a )?complain|formal complaint|(?:make|made|making|raise|raised|lodge|lodged) a complaint|complaints? (?:about|against))\b/;

const CHILD =
  /\b(?:my|his|her|their|your|a|another|the|that|this|one|some) (?:son|daughter|child|kid|boy|girl|lad|little one|grandson|granddaughter|pupil|student|year \d+|classmate|friend)s?\b|\b(?:boy|girl|kid|child|lad)s? in (?:year|yr|y) ?\d+\b|\bkids\b|\bchildren\b|\b(?:he|she|they)\b/;
const BEHAVIOUR =
  /\b(?:punch(?:ed|ing)?|hit(?:ting)?|kick(?:ed|ing)?|push(?:ed|ing)?|shov(?:ed|ing)|bit(?:ten)?|biting|slapp?(?:ed|ing)|attack(?:ed|ing)|assault(?:ed|ing)?|strangl(?:ed|ing)|trip(?:ped)?|spat (?:on|at)|threw (?:\w+ ){0,3}at|stabbed|beat(?:en)? up|bull(?:y|ied|ying|ies)|picked on|fight|fighting|fought|scrap|excluded|exclusion|suspended|suspension|expelled|detention|isolation|sent home|behaviour (?:incident|issues?|problem)|incident|stole|stolen|vaped?|vaping|smoking|threatened|harass(?:ed|ing|ment)|sexting|nudes|racially abused|called (?:him|her|my \w+) (?:a|an)\b)/;
const NOT_BEHAVIOUR =
  /\b(?:hit (?:the|a) (?:target|ball|books|road|jackpot)|hit it|smash(?:ed)? it|pushed (?:for|themselves)|fight (?:for|against) (?:cancer|climate)|anti[- ]bullying (?:week|day|ambassadors?)|bully(?:ing)? (?:awareness|policy))\b/g;

const PLACE = /\b(?:playground|field|school|lunch|break ?time|the bus|the gates?|classroom|corridor|canteen)\b/;

const first = (re: RegExp, text: string): string | undefined => re.exec(text)?.[0];

export const complaintIncidentPhase: Phase = {
  name: 'complaint-incident',
  run(state, env) {
    const text = state.text.lower.replace(/\s+/g, ' ');
    const out: Signal[] = [];
    const explicit = first(EXPLICIT_COMPLAINT, text);
    const school = first(SCHOOL, text);
    const grievance = first(GRIEVANCE, text);
    if (explicit) {
      out.push({ category: 'complaint', score: 0.85, evidence: `complaint wording "${explicit}"` });
    } else if (school && grievance) {
      out.push({ category: 'complaint', score: 0.7, evidence: `grievance "${grievance}" about "${school}"` });
    }
    const behaviour = first(BEHAVIOUR, text.replace(NOT_BEHAVIOUR, ' '));
    if (behaviour) {
      const pupil = findRosterNames(env.roster, nameWords(state.text.raw)).find((n) => n.entry.role !== 'staff');
      // A fight or an incident at school needs no named child: "a fight on the field at lunch".
      const place = /fight|incident|scrap|stabbed/.test(behaviour) ? first(PLACE, text) : undefined;
      const child = pupil ? `"${pupil.entry.name}"` : (first(CHILD, text) ?? place);
      if (child) {
        const strong = pupil || /incident|excluded|suspended|fight|bull|punch|assault|attack/.test(behaviour);
        out.push({
          category: 'incident',
          score: strong ? 0.8 : 0.65,
          evidence: `behaviour "${behaviour}" involving ${pupil ? child : `"${child}"`}`,
          ...(pupil ? { namesPupil: true as const } : {}),
        });
      }
    }
    state.signals.push(...out);
  },
};
