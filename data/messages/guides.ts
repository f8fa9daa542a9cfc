/** Guide titles for the browser's i18n catalogs (`guideTitle_<guide id>`). Keep each under 60 characters. */
export const guideMessagesEn = {
  guideTitle_safer_browsing: 'Browsing more safely',
  guideTitle_safety_plan: 'Making a safety plan',
  guideTitle_court_orders: 'Court orders, children and the law',
  guideTitle_conversation: 'A conversation with the person who harmed you',
  guideTitle_restorative: 'Is a restorative process safe and right for me?',
  guideTitle_supporting_someone: 'Supporting someone who is experiencing violence',
  guideTitle_used_violence: 'For people who have used violence',
} as const;

export const guideMessagesFr: Record<keyof typeof guideMessagesEn, string> = {
  guideTitle_safer_browsing: 'Naviguer de façon plus sûre',
  guideTitle_safety_plan: 'Faire un plan de sécurité',
  guideTitle_court_orders: 'Les ordonnances du tribunal, les enfants et la loi',
  guideTitle_conversation: 'Parler avec la personne qui vous a fait du mal',
  guideTitle_restorative: 'Justice réparatrice : est-ce sûr et bon pour moi?',
  guideTitle_supporting_someone: 'Soutenir une personne qui vit de la violence',
  guideTitle_used_violence: 'Pour les personnes ayant eu recours à la violence',
};
