import type { Guide } from '../../lib/directory/guide-schema';

export const usedViolence: Guide = {
  id: 'used_violence',
  audiences: ['used-violence'],
  resourceIds: [
    'bridges-institute',
    'choosing-to-change',
    'unclenching-our-fists',
    'nine-ways-accountable',
    'a-better-man',
    'next-gen-men',
    'peak-magazine-transformative-justice',
    'distress-centres-toronto',
    'gerstein-crisis-centre',
    'ca-988',
  ],
  en: {
    title: 'For people who have used violence',
    summary:
      'If you have hurt someone you love: stopping, noticing warning signs, taking responsibility and finding support for the long term.',
    keywords: [
      'I hurt my partner',
      'I hit my partner',
      'I hit my wife',
      'anger',
      'anger management',
      'I want to stop',
      'how to stop being abusive',
      'am I abusive',
      'time-out',
      'taking responsibility',
      'accountability',
      'how to apologize',
      "men's group",
      'change',
      'no contact order',
      'bail conditions',
      'she left me',
      'can I contact her',
    ],
    sections: [
      {
        heading: 'Change is possible',
        blocks: [
          {
            type: 'note',
            text: 'If you feel you might hurt someone, or yourself, right now: leave the situation if you safely can, and call a crisis line or your local emergency number{emergency}.',
          },
          {
            type: 'p',
            text: 'If you are reading this, part of you probably wants your relationships to be different. Using violence is a choice, not who you are. If you truly want to change and you get good support, you can make different choices.',
          },
          {
            type: 'p',
            text: 'Violence isn’t only hitting. It also includes threats, insults, pressuring or forcing sex, controlling money, checking someone’s phone, following or tracking them, cutting them off from friends, or breaking things. Change starts with being honest about all of it.',
          },
        ],
      },
      {
        heading: 'Stopping',
        blocks: [
          {
            type: 'p',
            text: 'The first step is to stop, starting today. These actions can help.',
          },
          {
            type: 'list',
            items: [
              'Name the specific things you have done, without softening them.',
              'Stop checking, following or tracking your partner, and give back their access to money and accounts.',
              'Write down how you want your partner and children to feel around you, and keep the list where you will see it.',
              'If you have weapons, get them out of the home.',
              'If alcohol or drugs make things worse, get help with that too.',
              'Sign up for a program that works with people who have used violence.',
            ],
          },
        ],
      },
      {
        heading: 'Warning signs and time-outs',
        blocks: [
          {
            type: 'p',
            text: 'Many people say they “just snap.” Usually, though, there are signs before things escalate. Learning yours gives you time to choose something else.',
          },
          {
            type: 'list',
            items: [
              'Body: a tight jaw or fists, a pounding heart, a hot face.',
              'Thoughts: “Not this again,” “They’re doing this on purpose,” or feeling trapped or hopeless.',
              'Behaviour: raising your voice, pacing, standing over someone, following them from room to room.',
            ],
          },
          {
            type: 'p',
            text: 'When you notice a sign, take a time-out. Say calmly that you need a break and when you will be back, then leave and do something calming, like walking. Don’t drive, drink or replay the argument in your head.',
          },
          {
            type: 'p',
            text: 'A time-out is for calming down, not for punishing or avoiding. Come back when you are calm, if you live together and no order says otherwise, and talk only if your partner wants to.',
          },
        ],
      },
      {
        heading: 'Court orders and your partner’s choices',
        blocks: [
          {
            type: 'p',
            text: 'Your partner has the right to leave, to end contact, and to decide if and when they ever hear from you again. Respecting that is part of taking responsibility.',
          },
          {
            type: 'list',
            items: [
              'If there is a no-contact order, a protection order, or bail or probation conditions, follow them exactly. Don’t call, text, post or send messages through friends or family, even to apologize, and even if your partner reaches out first.',
              'If there is a parenting order, follow it for visits and exchanges. Ask for changes through a lawyer or the court, never by pressuring your partner.',
              'If you are not sure what an order allows, ask a lawyer or legal aid, not your partner.',
              'Breaking an order is a crime in most places, and it can make the people you hurt afraid all over again.',
            ],
          },
        ],
      },
      {
        heading: 'Taking responsibility',
        blocks: [
          {
            type: 'p',
            text: 'Taking responsibility means owning what you did and how it affected others, without excuses or blame. There is no single right way, and the person you hurt may picture it differently than you do. Some of the steps below involve them: take those only if they want it and no order forbids contact. Otherwise, go through a lawyer or the court.',
          },
          {
            type: 'list',
            items: [
              'Listening without arguing while they describe the harm, then saying back what you heard',
              'Paying for costs the violence caused, like counselling, repairs or moving',
              'Fixing damage, or volunteering to help end gender-based violence',
              'Staying away from places and events they go to, if that is what they want',
              'Showing your children, in words and actions, that violence is never okay',
              'Going to counselling or a group, and learning about what shaped your violence',
            ],
          },
          {
            type: 'p',
            text: 'Shame hurts. Instead of pushing it away, ask yourself what it tells you about what matters to you. Used that way, it can push you toward change.',
          },
        ],
      },
      {
        heading: 'Apologies and forgiveness',
        blocks: [
          {
            type: 'p',
            text: 'An apology can help, but only if it is wanted and contact is allowed. If you have said sorry before and then hurt them again, another apology may mean little. Many people focus on changing first. Later, if no order forbids contact, they let their partner decide whether they want an apology, for example through a counsellor or a program.',
          },
          {
            type: 'p',
            text: 'A helpful apology names what you did and the harm it caused, without excuses, and says what you are doing so it won’t happen again. If they don’t want contact, respect that. You could write a letter you never send, or share it with a counsellor instead.',
          },
          {
            type: 'p',
            text: 'Taking responsibility doesn’t mean you will be forgiven, or that the relationship will go on. Some people you hurt may never feel safe around you again.',
          },
          {
            type: 'p',
            text: 'Pushing for forgiveness is a form of control, the very thing you are working to stop. If you feel you are owed forgiveness for changing, talk that through with someone outside the relationship.',
          },
        ],
      },
      {
        heading: 'Support for the long term',
        blocks: [
          {
            type: 'p',
            text: 'Unlearning violence takes time, and there may be setbacks. Keep choosing non-violence every day, and build support that lasts.',
          },
          {
            type: 'list',
            items: [
              'A group program where people who have used violence work on changing',
              'Counselling with someone who works with violence in relationships',
              'An elder, faith leader or mentor whose relationship you admire',
              'Friends who will be honest with you and won’t excuse the violence',
            ],
          },
          {
            type: 'p',
            text: 'The crisis lines listed below also talk with people who are worried they might hurt someone.',
          },
        ],
      },
    ],
  },
  fr: {
    title: 'Pour les personnes ayant eu recours à la violence',
    summary:
      'Si vous avez fait du mal à une personne que vous aimez : arrêter, repérer les signes avant-coureurs, prendre vos responsabilités et trouver du soutien à long terme.',
    keywords: [
      "j'ai frappé ma conjointe",
      "j'ai frappé mon conjoint",
      "j'ai fait du mal à ma blonde",
      'colère',
      'gestion de la colère',
      'je veux arrêter',
      "comment arrêter d'être violent",
      'suis-je violent',
      "temps d'arrêt",
      'prendre ses responsabilités',
      'responsabilisation',
      'excuses',
      'groupe pour hommes',
      'changer',
      'interdit de contact',
      'conditions de remise en liberté',
      'elle m’a quitté',
      'puis-je la contacter',
    ],
    sections: [
      {
        heading: 'Le changement est possible',
        blocks: [
          {
            type: 'note',
            text: 'Si vous sentez que vous pourriez faire du mal à quelqu’un ou à vous-même en ce moment : quittez les lieux si vous pouvez le faire en sécurité, et appelez une ligne de crise ou le numéro d’urgence local{emergency}.',
          },
          {
            type: 'p',
            text: 'Si vous lisez ceci, une partie de vous souhaite sans doute que vos relations soient différentes. Utiliser la violence est un choix, pas ce que vous êtes. Avec la volonté de changer et le bon soutien, vous pouvez faire d’autres choix.',
          },
          {
            type: 'p',
            text: 'La violence, ce n’est pas seulement frapper. C’est aussi menacer, insulter, faire pression pour avoir des relations sexuelles ou les forcer, contrôler l’argent, fouiller le téléphone de l’autre, la suivre ou la localiser, l’isoler de ses proches ou briser des objets. Le changement commence quand on est honnête sur tout cela.',
          },
        ],
      },
      {
        heading: 'Arrêter',
        blocks: [
          {
            type: 'p',
            text: 'La première étape est d’arrêter, dès aujourd’hui. Ces gestes peuvent vous aider.',
          },
          {
            type: 'list',
            items: [
              'Nommez précisément ce que vous avez fait, sans l’adoucir.',
              'Cessez de surveiller, de suivre ou de localiser votre partenaire, et rendez-lui l’accès à l’argent et aux comptes.',
              'Écrivez comment vous voulez que votre partenaire et vos enfants se sentent près de vous, et gardez la liste bien en vue.',
              'Si vous avez des armes, sortez-les de la maison.',
              'Si l’alcool ou la drogue aggravent les choses, obtenez de l’aide pour cela aussi.',
              'Communiquez avec un programme pour personnes ayant eu recours à la violence et inscrivez-vous.',
            ],
          },
        ],
      },
      {
        heading: 'Signes avant-coureurs et temps d’arrêt',
        blocks: [
          {
            type: 'p',
            text: 'Beaucoup de gens disent qu’ils perdent le contrôle d’un coup. Pourtant, il y a habituellement des signes avant que ça dégénère. Apprendre à reconnaître les vôtres vous donne le temps de faire un autre choix.',
          },
          {
            type: 'list',
            items: [
              'Le corps : mâchoire ou poings serrés, cœur qui bat fort, visage qui chauffe.',
              'Les pensées : « Ça recommence », « C’est fait exprès pour me provoquer », ou un sentiment d’impasse ou de désespoir.',
              'Le comportement : hausser le ton, faire les cent pas, se tenir au-dessus de l’autre, la suivre d’une pièce à l’autre.',
            ],
          },
          {
            type: 'p',
            text: 'Quand vous remarquez un signe, prenez un temps d’arrêt. Dites calmement que vous avez besoin d’une pause et quand vous reviendrez, puis partez faire quelque chose qui vous calme, comme marcher. Ne conduisez pas, ne buvez pas et ne rejouez pas la dispute dans votre tête.',
          },
          {
            type: 'p',
            text: 'Un temps d’arrêt sert à vous calmer, pas à punir ni à fuir. Revenez une fois calme, si vous vivez ensemble et qu’aucune ordonnance ne l’interdit, et ne reprenez la discussion que si votre partenaire le veut.',
          },
        ],
      },
      {
        heading: 'Les ordonnances et les choix de votre partenaire',
        blocks: [
          {
            type: 'p',
            text: 'Votre partenaire a le droit de partir, de couper le contact et de décider si et quand elle ou il aura de vos nouvelles. Respecter cela fait partie de prendre vos responsabilités.',
          },
          {
            type: 'list',
            items: [
              'S’il existe un interdit de contact, une ordonnance de protection, ou des conditions de remise en liberté ou de probation, respectez-les à la lettre. N’appelez pas, n’écrivez pas, ne publiez rien et ne passez pas de messages par des amis ou la famille, même pour vous excuser, et même si votre partenaire vous contacte en premier.',
              'S’il existe une ordonnance sur le temps parental ou la garde, respectez-la pour les visites et les échanges. Demandez des changements par une avocate ou un avocat ou par le tribunal, jamais en faisant pression sur votre partenaire.',
              'Si vous ne savez pas ce qu’une ordonnance permet, demandez-le à une avocate ou un avocat ou à l’aide juridique, pas à votre partenaire.',
              'Ne pas respecter une ordonnance est un crime presque partout, et cela peut faire revivre la peur aux personnes à qui vous avez fait du mal.',
            ],
          },
        ],
      },
      {
        heading: 'Prendre vos responsabilités',
        blocks: [
          {
            type: 'p',
            text: 'Prendre vos responsabilités, c’est reconnaître ce que vous avez fait et ses effets sur les autres, sans excuses ni blâme. Il n’y a pas une seule bonne façon, et la personne à qui vous avez fait du mal peut l’imaginer autrement que vous. Certaines étapes ci-dessous la touchent directement : ne les faites que si elle le souhaite et qu’aucune ordonnance n’interdit le contact. Sinon, passez par une avocate ou un avocat, ou par le tribunal.',
          },
          {
            type: 'list',
            items: [
              'Écouter sans argumenter pendant qu’elle décrit le tort, puis redire ce que vous avez entendu',
              'Payer des frais causés par la violence, comme la thérapie, des réparations ou un déménagement',
              'Réparer les dommages, ou faire du bénévolat pour mettre fin à la violence fondée sur le genre',
              'Éviter les lieux et les événements où elle va, si c’est ce qu’elle souhaite',
              'Apprendre à vos enfants que la violence est inacceptable, et le leur montrer par l’exemple',
              'Suivre une thérapie ou un groupe, et comprendre ce qui a façonné votre violence',
            ],
          },
          {
            type: 'p',
            text: 'La honte fait mal. Au lieu de la repousser, demandez-vous ce qu’elle vous dit de ce qui compte pour vous. Vue ainsi, elle peut vous pousser à changer.',
          },
        ],
      },
      {
        heading: 'Les excuses et le pardon',
        blocks: [
          {
            type: 'p',
            text: 'Des excuses peuvent aider, mais seulement si elles sont souhaitées et que le contact est permis. Si vous avez déjà demandé pardon, puis fait du mal de nouveau, d’autres excuses auront peut-être peu de sens. Beaucoup de gens choisissent de changer d’abord. Plus tard, si aucune ordonnance n’interdit le contact, ils laissent leur partenaire décider si elle ou il veut des excuses, par exemple par l’entremise d’une ou d’un thérapeute ou d’un programme.',
          },
          {
            type: 'p',
            text: 'Des excuses utiles nomment ce que vous avez fait et le tort causé, sans justification, et disent ce que vous faites pour que ça ne se reproduise pas. Si l’autre personne ne veut pas de contact, respectez-le. Vous pouvez écrire une lettre que vous n’enverrez jamais, ou partager vos excuses avec une ou un thérapeute.',
          },
          {
            type: 'p',
            text: 'Prendre vos responsabilités ne garantit ni le pardon ni la suite de la relation. Certaines personnes à qui vous avez fait du mal ne se sentiront peut-être plus jamais en sécurité avec vous.',
          },
          {
            type: 'p',
            text: 'Insister pour obtenir le pardon est une forme de contrôle, exactement ce que vous essayez d’arrêter. Si vous sentez qu’on vous doit le pardon parce que vous changez, parlez-en avec quelqu’un en dehors de la relation.',
          },
        ],
      },
      {
        heading: 'Du soutien à long terme',
        blocks: [
          {
            type: 'p',
            text: 'Désapprendre la violence prend du temps, et il peut y avoir des reculs. Continuez de choisir la non-violence chaque jour, et bâtissez un soutien durable.',
          },
          {
            type: 'list',
            items: [
              'Un programme de groupe pour personnes ayant eu recours à la violence',
              'Une thérapie avec une personne qui travaille sur la violence dans les relations',
              'Une aînée ou un aîné, un guide spirituel ou un mentor dont vous admirez la relation',
              'Des amis qui seront honnêtes avec vous et n’excuseront pas la violence',
            ],
          },
          {
            type: 'p',
            text: 'Les lignes de crise indiquées plus bas parlent aussi avec les personnes qui craignent de faire du mal à quelqu’un.',
          },
        ],
      },
    ],
  },
};
