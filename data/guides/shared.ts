/**
 * Sections shared by several guides, written once so that they never drift apart.
 *
 * The danger signs follow the risk factors that lethality and danger assessments look for,
 * phrased as signs (not as questions to the reader), so the same words work for the person at
 * risk and for someone helping them:
 *   https://www.womenslaw.org/about-abuse/am-i-being-abused/danger-assessment
 *   https://nij.ojp.gov/library/publications/assessing-risk-factors-intimate-partner-homicide
 *   https://newbegin.org/find-help/staying-safe/assessing-danger/
 * Strangulation: injuries are often internal and can show up hours or days later, so a medical
 * check is advised even without marks:
 *   https://www1.racgp.org.au/ajgp/2022/november/management-of-non-fatal-strangulation
 *   https://greenecountyfamilyjusticecenter.org/four-things-you-may-not-know-about-strangulation-as-abuse
 */
import type { GuideLang, GuideSection } from '../../lib/directory/guide-schema';

/** "Signs the danger may be higher": one section, the same in every guide that uses it. */
export const DANGER_SIGNS: Record<GuideLang, GuideSection> = {
  en: {
    heading: 'Signs the danger may be higher',
    blocks: [
      {
        type: 'p',
        text: 'Some signs mean that serious harm is more likely. A sign doesn’t mean harm will happen. It is a reason to plan with extra care and to talk it over with a support line. Watch for these:',
      },
      {
        type: 'list',
        items: [
          'Choking, strangling or any pressure on the neck, even once',
          'Threats to kill, or to hurt the children or pets',
          'Threats of suicide by the person causing harm, especially if they blame their partner for it',
          'A gun or other weapon in the home, easy access to one, or threats to use one',
          'Stalking: following, watching, tracking a phone or car, or turning up uninvited',
          'A separation that just happened or is being planned, or the fear that one is coming',
          'Violence that happens more often or is getting worse',
          'Forced sex or forced sexual acts',
          'Extreme jealousy, or control over friends, outings or money',
          'A pregnancy or a new baby',
          'Heavy drinking or drug use by the person causing harm',
          'Breaking a protection order, bail conditions or other court orders',
          'Fear that the person causing harm could kill: that feeling is a sign to take seriously',
        ],
      },
      {
        type: 'p',
        text: 'Anyone who has been choked or strangled should see a doctor or go to a hospital, even if they feel fine and there are no marks. Injuries inside the neck or brain can show up hours or days later. Staff can also write down the injuries, which may help later on.',
      },
      {
        type: 'note',
        text: 'A support line can help weigh the risk and make a plan around it. If someone is in danger right now, call your local emergency number.',
      },
    ],
  },
  fr: {
    heading: 'Les signes que le danger pourrait être plus grand',
    blocks: [
      {
        type: 'p',
        text: 'Certains signes montrent que des blessures graves, ou pire, sont plus probables. Un signe ne veut pas dire que le pire va arriver. C’est une raison de planifier avec encore plus de soin et d’en parler à une ligne d’aide. Voici ces signes :',
      },
      {
        type: 'list',
        items: [
          'Un étranglement ou toute pression sur le cou, même une seule fois',
          'Des menaces de mort, ou de faire du mal aux enfants ou aux animaux',
          'Des menaces de suicide de la part de la personne qui cause du tort, surtout si elle en rejette la faute sur sa ou son partenaire',
          'Une arme à feu ou une autre arme à la maison, un accès facile à une arme, ou des menaces de s’en servir',
          'Le harcèlement : suivre, surveiller, localiser un téléphone ou une voiture, ou se présenter sans invitation',
          'Une séparation qui vient d’avoir lieu ou qui se prépare, ou la crainte qu’elle arrive',
          'Une violence qui revient plus souvent ou qui s’aggrave',
          'Des relations ou des gestes sexuels forcés',
          'Une jalousie extrême, ou le contrôle des fréquentations, des sorties ou de l’argent',
          'Une grossesse ou une naissance récente',
          'Une forte consommation d’alcool ou de drogues par la personne qui fait du mal',
          'Le non-respect d’une ordonnance de protection, de conditions de remise en liberté ou d’autres ordonnances du tribunal',
          'La peur que la personne qui fait du mal puisse tuer : ce sentiment est un signe à prendre au sérieux',
        ],
      },
      {
        type: 'p',
        text: 'Toute personne qui a subi un étranglement devrait voir un médecin ou aller à l’hôpital, même si elle se sent bien et qu’il n’y a aucune marque. Des blessures à l’intérieur du cou ou au cerveau peuvent apparaître des heures ou des jours plus tard. Le personnel peut aussi noter les blessures, ce qui peut être utile plus tard.',
      },
      {
        type: 'note',
        text: 'Une ligne d’aide peut vous aider à évaluer le risque et à bâtir un plan en conséquence. Si une personne est en danger en ce moment, appelez le numéro d’urgence local.',
      },
    ],
  },
};
