import type { Guide } from '../../lib/directory/guide-schema';
import { DANGER_SIGNS } from './shared';

export const conversation: Guide = {
  id: 'conversation',
  audiences: ['experienced-violence'],
  resourceIds: [
    'canadian-restorative-justice-consortium',
    'a-better-man',
    'crisis-centre-coping-guide',
    'assaulted-womens-helpline',
    'femaide',
    'distress-centres-toronto',
    'gerstein-crisis-centre',
    'ca-988',
    'rainn',
  ],
  en: {
    title: 'A conversation with the person who harmed you',
    summary:
      'If you are thinking about talking with the person who harmed you, here are ways to lower the risks and care for yourself.',
    keywords: [
      'conversation',
      'talk to my ex',
      'talk to the person who hurt me',
      'meet my ex',
      'see him again',
      'closure',
      'confront my abuser',
      'should I talk to him',
      'should I talk to her',
      'apology',
      'I want an apology',
      'harm reduction',
      'is it safe to meet',
      'he wants to talk',
      'no contact order',
      'safe place to meet',
      'bail conditions',
    ],
    sections: [
      {
        heading: 'Your safety comes first',
        blocks: [
          {
            type: 'note',
            text: 'If you are in danger right now, call your local emergency number{emergency}.',
          },
          {
            type: 'p',
            text: 'Many people want to talk with the person who harmed them: to say what happened, to ask why, or to hear them say sorry. Wanting this is normal. Still, contact can lead to more harm, such as stalking, threats or violence, and the time around leaving is often the most dangerous.',
          },
          {
            type: 'p',
            text: 'You don’t owe anyone this conversation. You decide if it happens, and you can stop at any time. If the person who harmed you is the one pushing for it, that pressure is a warning sign, and “no” is a full answer. The ideas below are harm reduction: they can lower the risks, but they can’t remove them.',
          },
        ],
      },
      {
        heading: 'Weigh the risks',
        blocks: [
          {
            type: 'p',
            text: 'Think about your physical safety. Has the person who harmed you made threats? Has the violence gotten worse over time? Being alone with them, or somewhere isolated, makes things riskier.',
          },
          {
            type: 'p',
            text: 'Think about emotional risks too. Notice how you feel when you picture the conversation. If it brings up panic, flashbacks or thoughts of hurting yourself, it’s okay to set the idea aside and focus on your own healing for now.',
          },
          {
            type: 'p',
            text: 'A promise to change does not make someone safe. A person who is truly sorry will understand why you need firm boundaries.',
          },
          {
            type: 'p',
            text: 'If there is a protection order, bail conditions or a court case between you, contact could go against an order or affect the case. Get legal information before any contact. The guide “Court orders, children and the law” can help you start.',
          },
          {
            type: 'p',
            text: 'If any of the signs below are present, such as choking, threats to kill, a weapon, stalking or a recent separation, meeting in person is very risky and is not advised. Talk it over with a support line first. Writing, or a talk led by a trained facilitator, may be safer ways to be heard.',
          },
        ],
      },
      DANGER_SIGNS.en,
      {
        heading: 'What do you want from it?',
        blocks: [
          {
            type: 'p',
            text: 'Try to name what you hope for: an apology, answers, or a chance to say how it affected you. The other person may not give you that, and what you want may shift along the way.',
          },
          {
            type: 'p',
            text: 'There may be other ways to meet the same need. You could write a letter and not send it, talk with a counsellor, or join a support group. Hearing “that wasn’t okay” from people who care about you can mean just as much.',
          },
        ],
      },
      {
        heading: 'Ways to make it safer',
        blocks: [
          {
            type: 'list',
            items: [
              'Set your limits ahead of time: topics you won’t discuss, no hugs if you don’t want them, and what will make you leave.',
              'Set a time limit. It gives you an easy reason to go, and you can plan a second talk if you want one.',
              'If you meet in person, pick a public place. However you talk, keep to yourself where you live and work now, your routines and who is helping you. On a call or video, hide your number and what is behind you.',
              'Bring a support person who can watch for warning signs, help you leave and remember what was said.',
              'Think about video, text, email or a letter instead. Writing gives you time to think and keeps a record, but messages can be saved or shared.',
              'Ask a trained facilitator, for example from a restorative justice program, to help you plan or to guide the talk.',
              'Get there and back on your own: your own car, a taxi, transit or a ride from a friend, never a ride with them. Keep your phone charged and some money with you.',
              'Set up a check-in: tell someone you trust where you will be, when you expect to be done, and what to do if they don’t hear from you by a set time.',
              'Practise ahead. Think about what the person might say to blame you, make you feel guilty or twist what happened, and rehearse with a friend or counsellor how you will answer, or leave.',
            ],
          },
          {
            type: 'p',
            text: 'Tell the other person your limits clearly. People who are safe respect limits. Someone who pushes against them is showing you something important.',
          },
        ],
      },
      {
        heading: 'You can stop at any time',
        blocks: [
          {
            type: 'p',
            text: 'You can end the conversation whenever you want, even without a reason. Wanting to stop is enough. If the person who harmed you yells, blames you or won’t listen, it’s okay to leave right away.',
          },
          {
            type: 'p',
            text: 'This conversation is for you. How they feel about you leaving matters less than your safety and your needs.',
          },
        ],
      },
      {
        heading: 'Care for yourself before, during and after',
        blocks: [
          {
            type: 'p',
            text: 'A talk like this can take a lot out of you, however it goes. Plan something comforting for before and after, like rest, a good meal, time with a pet or something you enjoy.',
          },
          {
            type: 'p',
            text: 'Afterwards, go over it with someone you trust, a counsellor or a journal. This can help you sort through your feelings and notice anything that was hurtful or twisted. The lines listed below are there if you need to talk.',
          },
        ],
      },
    ],
  },
  fr: {
    title: 'Parler avec la personne qui vous a fait du mal',
    summary:
      'Si vous pensez parler avec la personne qui vous a fait du mal, voici des façons de réduire les risques et de prendre soin de vous.',
    keywords: [
      'conversation',
      'parler à mon ex',
      "parler à la personne qui m'a fait du mal",
      'rencontrer mon ex',
      'le revoir',
      'tourner la page',
      'confronter mon agresseur',
      'des excuses',
      'je veux des excuses',
      'réduction des méfaits',
      'est-ce sécuritaire de le revoir',
      'est-ce sécuritaire de la revoir',
      'il veut me parler',
      'interdit de contact',
      'lieu sûr pour se voir',
      'conditions de remise en liberté',
      'closure',
    ],
    sections: [
      {
        heading: 'Votre sécurité d’abord',
        blocks: [
          {
            type: 'note',
            text: 'Si vous êtes en danger en ce moment, appelez le numéro d’urgence local{emergency}.',
          },
          {
            type: 'p',
            text: 'Bien des gens souhaitent parler avec la personne qui leur a fait du mal : pour dire ce qui s’est passé, demander pourquoi ou l’entendre s’excuser. C’est un désir normal. Mais un contact peut mener à d’autres torts, comme du harcèlement, des menaces ou de la violence, et la période du départ est souvent la plus dangereuse.',
          },
          {
            type: 'p',
            text: 'Vous ne devez cette conversation à personne. C’est vous qui décidez si elle a lieu, et vous pouvez l’arrêter en tout temps. Si c’est la personne qui vous a fait du mal qui insiste pour en parler, cette pression est un signe d’alerte, et « non » est une réponse complète. Les idées ci-dessous relèvent de la réduction des méfaits : elles peuvent diminuer les risques, pas les faire disparaître.',
          },
        ],
      },
      {
        heading: 'Évaluer les risques',
        blocks: [
          {
            type: 'p',
            text: 'Pensez à votre sécurité physique. La personne qui vous a fait du mal a-t-elle fait des menaces? La violence a-t-elle empiré avec le temps? Se retrouver en tête-à-tête avec elle, ou dans un endroit isolé, augmente le risque.',
          },
          {
            type: 'p',
            text: 'Pensez aussi aux risques émotionnels. Remarquez ce que vous ressentez en imaginant la conversation. Si cela fait monter de la panique, des flashbacks ou des idées de vous faire du mal, vous pouvez mettre l’idée de côté et vous concentrer sur votre guérison pour l’instant.',
          },
          {
            type: 'p',
            text: 'Une promesse de changer ne rend pas une personne sûre. Quelqu’un qui regrette vraiment comprendra que vous ayez besoin de limites fermes.',
          },
          {
            type: 'p',
            text: 'S’il existe une ordonnance de protection, des conditions de remise en liberté ou une cause devant un tribunal entre vous deux, un contact pourrait aller à l’encontre d’une ordonnance ou nuire au dossier. Informez-vous sur le plan juridique avant tout contact. Le guide « Les ordonnances du tribunal, les enfants et la loi » peut vous aider à commencer.',
          },
          {
            type: 'p',
            text: 'Si l’un des signes ci-dessous est présent, comme un étranglement, des menaces de mort, une arme, du harcèlement ou une séparation récente, une rencontre en personne est très risquée et déconseillée. Parlez-en d’abord à une ligne d’aide. L’écrit, ou une discussion menée par une personne facilitatrice formée, peut être une façon plus sûre de vous faire entendre.',
          },
        ],
      },
      DANGER_SIGNS.fr,
      {
        heading: 'Qu’attendez-vous de cette conversation?',
        blocks: [
          {
            type: 'p',
            text: 'Essayez de nommer ce que vous espérez : des excuses, des réponses ou la chance de dire ce que cela vous a fait. L’autre personne ne vous le donnera peut-être pas, et vos attentes peuvent changer en cours de route.',
          },
          {
            type: 'p',
            text: 'Il existe peut-être d’autres façons de combler ce besoin. Vous pourriez écrire une lettre sans l’envoyer, consulter une ou un thérapeute ou vous joindre à un groupe de soutien. Entendre « ce n’était pas correct » de la part de gens qui tiennent à vous peut compter tout autant.',
          },
        ],
      },
      {
        heading: 'Des façons de réduire les risques',
        blocks: [
          {
            type: 'list',
            items: [
              'Fixez vos limites d’avance : les sujets dont vous ne parlerez pas, pas de câlin si vous n’en voulez pas, et ce qui vous fera partir.',
              'Fixez une limite de temps. Cela vous donne une raison simple de partir, et vous pourrez prévoir une deuxième discussion si vous le voulez.',
              'Si vous vous voyez en personne, choisissez un lieu public. Peu importe comment vous vous parlez, gardez pour vous où vous habitez et travaillez maintenant, vos habitudes et qui vous aide. Au téléphone ou en vidéo, masquez votre numéro et ce qui se trouve derrière vous.',
              'Amenez une personne de soutien qui peut repérer les signes de danger, vous aider à partir et se souvenir de ce qui a été dit.',
              'Pensez plutôt à la vidéo, aux textos, au courriel ou à une lettre. L’écrit vous laisse le temps de réfléchir et garde une trace, mais les messages peuvent être conservés ou partagés.',
              'Demandez à une personne facilitatrice formée, par exemple dans un programme de justice réparatrice, de vous aider à planifier ou de guider la discussion.',
              'Allez-y et revenez par vos propres moyens : votre voiture, un taxi, le transport en commun ou une amie qui vous conduit, jamais en voiture avec la personne. Gardez votre téléphone chargé et un peu d’argent sur vous.',
              'Prévoyez un appel de vérification : dites à une personne de confiance où vous serez, quand vous pensez avoir fini, et quoi faire si elle n’a pas de nouvelles de vous à une heure fixée.',
              'Pratiquez d’avance. Pensez à ce que la personne pourrait dire pour vous blâmer, vous faire sentir coupable ou déformer les faits, et répétez avec une amie ou une ou un thérapeute votre façon de répondre, ou de partir.',
            ],
          },
          {
            type: 'p',
            text: 'Dites clairement vos limites à l’autre personne. Les personnes sûres respectent les limites. Quelqu’un qui les repousse vous montre quelque chose d’important.',
          },
        ],
      },
      {
        heading: 'Vous pouvez arrêter en tout temps',
        blocks: [
          {
            type: 'p',
            text: 'Vous pouvez mettre fin à la conversation quand vous le voulez, même sans raison. Vouloir arrêter suffit. Si la personne qui vous a fait du mal crie, vous blâme ou refuse d’écouter, vous pouvez partir tout de suite.',
          },
          {
            type: 'p',
            text: 'Cette conversation est pour vous. Ce qu’elle ressent quand vous partez compte moins que votre sécurité et vos besoins.',
          },
        ],
      },
      {
        heading: 'Prendre soin de vous avant, pendant et après',
        blocks: [
          {
            type: 'p',
            text: 'Une discussion comme celle-là peut vous épuiser, peu importe comment elle se passe. Prévoyez quelque chose de réconfortant avant et après : du repos, un bon repas, du temps avec un animal ou une activité que vous aimez.',
          },
          {
            type: 'p',
            text: 'Ensuite, revenez sur ce qui s’est passé avec une personne de confiance, avec une ou un thérapeute, ou dans un journal. Cela peut vous aider à démêler vos émotions et à repérer ce qui était blessant ou déformé. Les lignes indiquées plus bas sont là si vous avez besoin de parler.',
          },
        ],
      },
    ],
  },
};
