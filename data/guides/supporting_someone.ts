import type { Guide } from '../../lib/directory/guide-schema';
import { DANGER_SIGNS } from './shared';

export const supportingSomeone: Guide = {
  id: 'supporting_someone',
  audiences: ['helpers'],
  resourceIds: [
    'neighbours-friends-families',
    'creative-interventions-toolkit',
    'six-ways-confront-friend',
    'a-better-man',
    'shelter-safe',
    'assaulted-womens-helpline',
    'femaide',
    'kids-help-phone',
    'loveisrespect',
    'us-national-dv-hotline',
    'gb-eng-national-domestic-abuse-helpline',
    'au-1800respect',
    'qc-sos-violence-conjugale',
    'gb-sct-domestic-abuse-helpline',
    'gb-wls-live-fear-free',
  ],
  en: {
    title: 'Supporting someone who is experiencing violence',
    summary:
      'How to help a friend, relative or co-worker who is being hurt by a partner, while respecting their choices and your own limits.',
    keywords: [
      'help a friend',
      'my friend is being abused',
      'my sister is in an abusive relationship',
      'how to help someone',
      'worried about a friend',
      'friend domestic violence',
      'support someone',
      'what to say',
      'should I call the police',
      'she went back to him',
      'bystander',
      'is my friend in danger',
      'he choked her',
      'should I confront him',
      'keep it confidential',
      'my friend told me a secret',
    ],
    sections: [
      {
        heading: 'Start by asking',
        blocks: [
          {
            type: 'note',
            text: 'If someone is in danger right now, call your local emergency number{emergency}.',
          },
          {
            type: 'p',
            text: 'Violence often takes away a person’s sense of control over their own life. You can help give some of it back by asking what they need, rather than deciding for them.',
          },
          {
            type: 'p',
            text: 'Their needs may depend on their feelings for the person hurting them, children, money, housing, immigration status and past trauma. Calling the police is not safe for everyone, for example for people with uncertain immigration status or from communities that police have harmed. Ask before you act.',
          },
        ],
      },
      {
        heading: 'Listen without judgement',
        blocks: [
          {
            type: 'p',
            text: 'Believe them, and let them tell it in their own words and at their own pace. You don’t need perfect words. “I believe you” and “It’s not your fault” go a long way.',
          },
          {
            type: 'p',
            text: 'There is no “perfect victim.” They may talk about things they regret doing, or not call it abuse at all. You can listen, and gently remind them that nothing they did makes the violence okay.',
          },
        ],
      },
      DANGER_SIGNS.en,
      {
        heading: 'Stay in touch, even if they go back',
        blocks: [
          {
            type: 'p',
            text: 'Leaving often takes many tries, and people may go back more than once. That can be hard to watch. Try not to give ultimatums or pull away.',
          },
          {
            type: 'p',
            text: 'Isolation helps violence continue. Keep checking in and inviting them to things, and let them know your door stays open, however long it takes.',
          },
        ],
      },
      {
        heading: 'What you can offer',
        blocks: [
          {
            type: 'p',
            text: 'Think about what you can really give, and say it clearly. Help works best when it comes from several people, not just one.',
          },
          {
            type: 'list',
            items: [
              'A place to stay, or help with moving',
              'Rides to appointments, court or a shelter',
              'Money, or help with groceries and bills',
              'Childcare or pet care',
              'Keeping copies of documents or a bag for them',
              'Finding services like shelters, counselling or legal help, and going along if they want',
              'Helping them make a safety plan, if they want one: offer ideas and let them choose (see the guide “Making a safety plan”)',
            ],
          },
        ],
      },
      {
        heading: 'Keep it safe, for them and for you',
        blocks: [
          {
            type: 'p',
            text: 'The person hurting them may check their phone, messages or accounts. When you can, talk in person somewhere private, and ask how and when it is safe to contact them.',
          },
          {
            type: 'list',
            items: [
              'Don’t leave messages or voicemails that mention the violence.',
              'Agree on a code word they can send when they need help, and on what you will do when you get it.',
              'Keep what they tell you private. Don’t share it with friends or family, or post about it: word can get back to the person hurting them.',
              'Don’t confront the person hurting them. It can make things more dangerous for your friend. If your friend wants someone to talk to that person, make a safety plan with them first, and think about your own safety too.',
              'Your safety matters too. The person causing harm may turn on people who help. If you feel threatened, call a support line, or your local emergency number if you are in danger.',
              'If you think children are being hurt, talk it over with a support line or child protection services. In many places, anyone who knows a child is being harmed must report it.',
            ],
          },
        ],
      },
      {
        heading: 'Look after your own limits',
        blocks: [
          {
            type: 'p',
            text: 'Supporting someone through violence can be draining, and it’s okay to have limits. Be honest about what you can and can’t do, so they can count on what you do offer.',
          },
          {
            type: 'p',
            text: 'Lean on your own people, or call a support line yourself. Many helplines also talk with friends and family about how to help.',
          },
        ],
      },
    ],
  },
  fr: {
    title: 'Soutenir une personne qui vit de la violence',
    summary:
      'Comment aider une amie, un proche ou une collègue qui subit de la violence de la part d’un partenaire, en respectant ses choix et vos limites.',
    keywords: [
      'aider une amie',
      'aider un ami',
      'mon amie subit de la violence',
      'ma sœur est dans une relation violente',
      'comment aider',
      'inquiet pour une amie',
      'inquiète pour mon amie',
      'soutenir une personne',
      'quoi dire',
      'appeler la police',
      'elle est retournée avec lui',
      'entourage',
      'mon amie est en danger',
      'il l’a étranglée',
      'confronter son conjoint',
      'garder le secret',
      'my friend is being abused',
    ],
    sections: [
      {
        heading: 'Commencez par demander',
        blocks: [
          {
            type: 'note',
            text: 'Si une personne est en danger en ce moment, appelez le numéro d’urgence local{emergency}.',
          },
          {
            type: 'p',
            text: 'La violence enlève souvent à une personne le sentiment d’avoir le contrôle sur sa propre vie. Vous pouvez l’aider à en reprendre une partie en lui demandant ce dont elle a besoin, au lieu de décider à sa place.',
          },
          {
            type: 'p',
            text: 'Ses besoins peuvent dépendre de ses sentiments envers la personne qui lui fait du mal, des enfants, de l’argent, du logement, du statut d’immigration et de traumatismes passés. Appeler la police n’est pas sûr pour tout le monde, par exemple pour les personnes au statut d’immigration précaire ou issues de communautés que la police a blessées. Demandez avant d’agir.',
          },
        ],
      },
      {
        heading: 'Écouter sans juger',
        blocks: [
          {
            type: 'p',
            text: 'Croyez-la, et laissez-la raconter avec ses mots, à son rythme. Pas besoin de mots parfaits : « Je te crois » et « Ce n’est pas ta faute » peuvent faire beaucoup de bien.',
          },
          {
            type: 'p',
            text: 'La « victime parfaite » n’existe pas. Elle parlera peut-être de choses qu’elle regrette d’avoir faites, ou ne verra pas ce qu’elle vit comme de la violence. Vous pouvez l’écouter et lui rappeler doucement que rien de ce qu’elle a fait ne justifie la violence.',
          },
        ],
      },
      DANGER_SIGNS.fr,
      {
        heading: 'Garder le contact, même si elle y retourne',
        blocks: [
          {
            type: 'p',
            text: 'Partir demande souvent plusieurs tentatives, et une personne peut retourner plus d’une fois. C’est difficile à voir. Essayez de ne pas poser d’ultimatum ni de vous éloigner.',
          },
          {
            type: 'p',
            text: 'L’isolement aide la violence à se poursuivre. Continuez de prendre des nouvelles et de l’inviter, et dites-lui que votre porte reste ouverte, peu importe le temps que ça prendra.',
          },
        ],
      },
      {
        heading: 'Ce que vous pouvez offrir',
        blocks: [
          {
            type: 'p',
            text: 'Pensez à ce que vous pouvez vraiment donner, et dites-le clairement. L’aide fonctionne mieux quand elle vient de plusieurs personnes plutôt que d’une seule.',
          },
          {
            type: 'list',
            items: [
              'Un endroit où dormir, ou de l’aide pour déménager',
              'Des transports vers des rendez-vous, le tribunal ou une maison d’hébergement',
              'De l’argent, ou de l’aide pour l’épicerie et les factures',
              'Garder les enfants ou les animaux',
              'Garder pour elle des copies de documents ou un sac',
              'Trouver des services comme des maisons d’hébergement, de la thérapie ou de l’aide juridique, et l’accompagner si elle le souhaite',
              'L’aider à faire un plan de sécurité, si elle le veut : proposer des idées et la laisser choisir (voir le guide « Faire un plan de sécurité »)',
            ],
          },
        ],
      },
      {
        heading: 'Assurer la sécurité, la sienne et la vôtre',
        blocks: [
          {
            type: 'p',
            text: 'La personne qui lui fait du mal surveille peut-être son téléphone, ses messages ou ses comptes. Quand c’est possible, parlez-lui en personne dans un endroit privé, et demandez-lui comment et quand il est sûr de la contacter.',
          },
          {
            type: 'list',
            items: [
              'Ne laissez pas de messages écrits ou vocaux qui parlent de la violence.',
              'Entendez-vous sur un mot code qu’elle peut vous envoyer quand elle a besoin d’aide, et sur ce que vous ferez en le recevant.',
              'Gardez pour vous ce qu’elle vous confie. N’en parlez pas à vos proches ou à la famille et ne publiez rien : cela pourrait revenir aux oreilles de la personne qui lui fait du mal.',
              'Ne confrontez pas la personne qui lui fait du mal. Cela peut mettre votre proche plus en danger. Si votre proche souhaite que quelqu’un parle à cette personne, faites d’abord un plan de sécurité avec elle, et pensez aussi à votre propre sécurité.',
              'Votre sécurité compte aussi. La personne qui cause du tort peut s’en prendre à celles et ceux qui aident. En cas de menaces, appelez une ligne d’aide, ou le numéro d’urgence local si vous êtes en danger.',
              'Si vous pensez que des enfants subissent de la violence, parlez-en à une ligne d’aide ou aux services de protection de l’enfance. À bien des endroits, toute personne qui sait qu’un enfant est maltraité doit le signaler.',
            ],
          },
        ],
      },
      {
        heading: 'Respecter vos propres limites',
        blocks: [
          {
            type: 'p',
            text: 'Soutenir une personne qui vit de la violence peut être épuisant, et c’est correct d’avoir des limites. Soyez honnête sur ce que vous pouvez faire ou non, pour qu’elle puisse compter sur ce que vous offrez.',
          },
          {
            type: 'p',
            text: 'Appuyez-vous sur vos propres proches, ou appelez vous-même une ligne d’aide. Beaucoup de lignes d’écoute parlent aussi avec l’entourage de la façon d’aider.',
          },
        ],
      },
    ],
  },
};
