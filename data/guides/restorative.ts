import type { Guide } from '../../lib/directory/guide-schema';
import { DANGER_SIGNS } from './shared';

export const restorative: Guide = {
  id: 'restorative',
  audiences: ['experienced-violence', 'helpers'],
  resourceIds: [
    'canadian-restorative-justice-consortium',
    'dv-and-restorative-justice',
    'restorative-justice-and-vaw',
    'a-better-man',
    'peak-magazine-transformative-justice',
    'beyond-survival',
    'creative-interventions-toolkit',
    'neighbours-friends-families',
    'crisis-centre-coping-guide',
  ],
  en: {
    title: 'Is a restorative process safe and right for me?',
    summary:
      'Signs you might be ready, the risks to check, and how to stay in control if you are thinking about a restorative process.',
    keywords: [
      'restorative',
      'restorative justice',
      'restorative process',
      'transformative justice',
      'is it safe to talk to him',
      'is it safe to talk to her',
      'meet the person who hurt me',
      'mediation',
      'facilitated meeting',
      'healing circle',
      'accountability',
      'am I ready',
      'justice réparatrice',
      'justice transformatrice',
      'médiation',
      'cercle de guérison',
      "rencontrer la personne qui m'a fait du mal",
    ],
    sections: [
      {
        heading: 'What a restorative process is',
        blocks: [
          {
            type: 'note',
            text: 'If you are in danger right now, call your local emergency number{emergency}.',
          },
          {
            type: 'p',
            text: 'In a restorative process, the people affected by harm talk about what happened and how to repair it, with help from a trained facilitator. They may meet in person or share their words another way. This can bring healing to people who have experienced violence. It can also be unsafe or unwanted, so it is not right for everyone.',
          },
          {
            type: 'p',
            text: 'It is just one option of many. It never replaces a safety plan or legal protection, such as a protection order, and you can use those at the same time.',
          },
        ],
      },
      {
        heading: 'Signs you might be ready',
        blocks: [
          {
            type: 'p',
            text: 'Only you can decide. These signs can help you think it through. Your ticks stay private and are gone when you close this page.',
          },
          {
            type: 'checklist',
            items: [
              'The violence has stopped.',
              'I no longer feel afraid of the person who harmed me.',
              'I know what I want them to say or do.',
              'They admit what they did, without blaming me for it.',
              'They respect my boundaries.',
              'They can hear how their actions affected me without anger or trying to manipulate me.',
              'I have people who can support me through it.',
            ],
          },
          {
            type: 'p',
            text: 'If some of these aren’t true yet, that’s okay. It may mean “not now” or “not ever,” and both are fine answers. A facilitator, counsellor or trusted friend can help you judge whether the other person is ready.',
          },
        ],
      },
      {
        heading: 'Checking the risks',
        blocks: [
          {
            type: 'p',
            text: 'A careful program does a risk assessment before anything happens. It looks at your safety now, the history of the violence, and whether control, threats or monitoring are still going on.',
          },
          {
            type: 'p',
            text: 'If the violence is recent or has been getting worse, a restorative process is unlikely to be safe right now. Any threat, pressure or contact you didn’t agree to should pause or end the process.',
          },
          {
            type: 'p',
            text: 'A restorative process never replaces or works around a court order. If there is a no-contact order or bail conditions, any contact must fit within them, so ask the program and a legal clinic first.',
          },
        ],
      },
      DANGER_SIGNS.en,
      {
        heading: 'Your consent, your pace',
        blocks: [
          {
            type: 'p',
            text: 'Taking part is always your choice. No court, program, relative or community should make it a condition of anything, and neither should the one who harmed you. Saying no should never cost you help, services or a fair outcome. You can say yes and later withdraw at any time, without having to explain why.',
          },
          {
            type: 'list',
            items: [
              'You can ask for breaks, pause for days or weeks, or leave a session.',
              'You can help set the ground rules, like which topics are off-limits and who speaks first.',
              'You don’t have to meet face to face. Letters, video or someone speaking for you are options too.',
              'Agree ahead of time with the facilitator on how you will leave if you need to.',
            ],
          },
        ],
      },
      {
        heading: 'Who should be involved',
        blocks: [
          {
            type: 'p',
            text: 'Look for facilitators trained in intimate partner violence, who understand trauma and can spot control and pressure. They should be honest about what the process can and can’t do.',
          },
          {
            type: 'p',
            text: 'You can bring support people: friends, family, an advocate or an elder. Choose people who believe you and won’t downplay what happened.',
          },
        ],
      },
      {
        heading: 'Aftercare, and other paths',
        blocks: [
          {
            type: 'p',
            text: 'Strong feelings can come up during the process and long after it ends. Plan for support afterwards, like counselling, a support group or regular check-ins with people you trust.',
          },
          {
            type: 'p',
            text: 'Keep your safety plan up to date the whole way through. If new risks appear, shelters, crisis lines and legal help are still there for you.',
          },
          {
            type: 'p',
            text: 'Many people find healing and justice in other ways, such as counselling, support groups, their community, the courts, or no contact at all. Whatever you choose is valid, and you can change your mind.',
          },
        ],
      },
    ],
  },
  fr: {
    title: 'Justice réparatrice : est-ce sûr et bon pour moi?',
    summary:
      'Les signes que le moment est peut-être venu, les risques à vérifier et comment garder le contrôle si vous envisagez un processus de justice réparatrice.',
    keywords: [
      'justice réparatrice',
      'processus réparateur',
      'justice transformatrice',
      'médiation',
      'cercle de guérison',
      "rencontrer la personne qui m'a fait du mal",
      'est-ce sécuritaire de lui parler',
      'suis-je prête',
      'suis-je prêt',
      'responsabilisation',
      'réparation',
      'personne facilitatrice',
      'restorative justice',
      'mediation',
      'meet the person who hurt me',
      'is it safe to talk to him',
    ],
    sections: [
      {
        heading: 'Qu’est-ce qu’un processus de justice réparatrice?',
        blocks: [
          {
            type: 'note',
            text: 'Si vous êtes en danger en ce moment, appelez le numéro d’urgence local{emergency}.',
          },
          {
            type: 'p',
            text: 'Dans un processus de justice réparatrice, les personnes touchées par un tort parlent de ce qui s’est passé et de la façon de le réparer, avec l’aide d’une personne facilitatrice formée. Elles peuvent se rencontrer ou échanger autrement. Certaines personnes ayant subi de la violence y trouvent un apaisement. Pour d’autres, ce n’est ni sûr ni souhaité.',
          },
          {
            type: 'p',
            text: 'C’est une option parmi d’autres. Elle ne remplace jamais un plan de sécurité ni une protection juridique, comme une ordonnance de protection, et vous pouvez utiliser ces moyens en même temps.',
          },
        ],
      },
      {
        heading: 'Les signes que le moment est peut-être venu',
        blocks: [
          {
            type: 'p',
            text: 'C’est à vous de décider. Ces signes peuvent vous aider à y réfléchir. Vos cases cochées restent privées et disparaissent quand vous fermez cette page.',
          },
          {
            type: 'checklist',
            items: [
              'La violence a cessé.',
              'Je n’ai plus peur de la personne qui m’a fait du mal.',
              'Je sais ce que je veux qu’elle dise ou fasse.',
              'Elle reconnaît ce qu’elle a fait, sans m’en rejeter la faute.',
              'Elle respecte mes limites.',
              'Elle peut entendre l’effet de ses gestes sur moi sans colère ni manipulation.',
              'J’ai des gens pour me soutenir tout au long du processus.',
            ],
          },
          {
            type: 'p',
            text: 'Si certains de ces signes ne sont pas encore vrais, c’est correct. Cela peut vouloir dire « pas maintenant » ou « jamais », et les deux réponses sont valables. Une personne facilitatrice, une ou un thérapeute ou une personne de confiance peut vous aider à juger si l’autre personne est prête.',
          },
        ],
      },
      {
        heading: 'Évaluer les risques',
        blocks: [
          {
            type: 'p',
            text: 'Un programme sérieux évalue les risques avant toute chose. Il examine votre sécurité actuelle, l’historique de la violence et la présence de contrôle, de menaces ou de surveillance.',
          },
          {
            type: 'p',
            text: 'Si la violence est récente ou s’aggrave, un processus réparateur a peu de chances d’être sûr pour le moment. Toute menace, pression ou prise de contact non convenue devrait mettre le processus sur pause ou y mettre fin.',
          },
          {
            type: 'p',
            text: 'Un processus réparateur ne remplace jamais une ordonnance du tribunal et ne permet pas de la contourner. S’il existe un interdit de contact ou des conditions de remise en liberté, tout contact doit les respecter : posez d’abord la question au programme et à une clinique juridique.',
          },
        ],
      },
      DANGER_SIGNS.fr,
      {
        heading: 'Votre consentement, votre rythme',
        blocks: [
          {
            type: 'p',
            text: 'Participer est toujours votre choix. Aucun tribunal, programme, proche ou communauté ne devrait en faire une condition, pas plus que la personne qui vous a fait du mal. Refuser ne devrait jamais vous coûter de l’aide, des services ou une issue juste. Vous pouvez accepter, puis vous retirer en tout temps, sans avoir à vous justifier.',
          },
          {
            type: 'list',
            items: [
              'Vous pouvez demander des pauses, arrêter quelques jours ou quelques semaines, ou quitter une séance.',
              'Vous pouvez participer à fixer les règles, comme les sujets exclus et qui parle en premier.',
              'Une rencontre face à face n’est pas obligatoire. Des lettres, la vidéo ou une personne qui parle en votre nom sont aussi possibles.',
              'Entendez-vous d’avance avec la personne facilitatrice sur la façon de partir si vous en avez besoin.',
            ],
          },
        ],
      },
      {
        heading: 'Qui devrait participer',
        blocks: [
          {
            type: 'p',
            text: 'Cherchez des personnes facilitatrices formées en violence entre partenaires intimes, qui comprennent les traumatismes et savent repérer le contrôle et la pression. Elles devraient être honnêtes sur ce que le processus peut faire et ne peut pas faire.',
          },
          {
            type: 'p',
            text: 'Vous pouvez amener des personnes de soutien : des amis, de la famille, une personne intervenante, une aînée ou un aîné. Choisissez des gens qui vous croient et qui ne minimiseront pas ce qui s’est passé.',
          },
        ],
      },
      {
        heading: 'Le soutien après, et d’autres chemins',
        blocks: [
          {
            type: 'p',
            text: 'Des émotions fortes peuvent surgir pendant le processus et longtemps après. Prévoyez du soutien pour la suite, comme de la thérapie, un groupe de soutien ou des nouvelles régulières de personnes de confiance.',
          },
          {
            type: 'p',
            text: 'Gardez votre plan de sécurité à jour tout au long du processus. Si de nouveaux risques apparaissent, les maisons d’hébergement, les lignes de crise et l’aide juridique sont toujours là pour vous.',
          },
          {
            type: 'p',
            text: 'Bien des gens trouvent guérison et justice autrement : la thérapie, les groupes de soutien, leur communauté, les tribunaux, ou l’absence de tout contact. Votre choix, quel qu’il soit, est valable, et vous pouvez changer d’idée.',
          },
        ],
      },
    ],
  },
};
