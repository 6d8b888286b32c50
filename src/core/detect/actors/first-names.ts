import { wordSet } from './lexicon';

/**
 * Common given names across cultures: a capitalised word followed by one of these is a person.
 * Names that are also everyday words at sentence starts ("Will", "May", "Bill") are left out
 * or guarded by the opener list.
 */
export const FIRST_NAMES = wordSet(`aaron abby abdul abdullah abe abraham adam adrian ahmad ahmed aidan akira alan
  albert alberto alejandro aleksandr aleksei alex alexander alexandra alexei alexey alfred ali alice alicia alison
  allen alma amanda amber amir amy ana anatoly andre andrea andrei andrew andrey andriy andy angela angelina anita
  ann anna anne annie anthony antonio anton ari arnold arthur ashley audrey barack barbara barry beatrice ben
  benjamin bernard bernie beth betty beverly bill billy bob bobby bonnie boris brad bradley brandon brenda brian
  bridget britney brittany bruce bruno bryan caleb cameron carl carla carlos carmen carol caroline carolyn casey
  catherine cathy cecilia chad charles charlie charlotte chen cheryl chris christian christina christine
  christopher chuck cindy claire clara claude claudia clint cody colin connor craig cristina crystal cynthia dale
  dan daniel daniela danielle danny daria darius darren dave david dean debbie deborah denis dennis derek diana
  diane dick diego dmitri dmitry dmytro dominic don donald donna doris dorothy doug douglas duncan dustin dwayne
  dylan ed eddie edgar edith eduardo edward edwin elaine eleanor elena eli elijah elizabeth ella ellen elon emily
  emma emmanuel enrique eric erica erik ernest esther ethan eugene eva evan evelyn fatima felix fernando fiona
  francesca francis francisco frank franklin fred frederick gabriel gail gary gavin gene george georgi gerald
  gerhard gina giorgia giovanni giuseppe glen glenn gloria gordon grace graham greg gregory gustavo hailey hamid
  hannah hans harold harry hassan heather heidi helen henry herbert hillary hiroshi howard hugh hugo hunter ian
  igor ihor ilya irene iris isaac isabel isabella ivan jack jackie jacob jacqueline jake james jamal jamie jan jane
  janet janice jared jason javier jay jean jeff jeffrey jennifer jenny jeremy jerome jerry jesse jessica jesus jill
  jim jimmy jo joan joanna joanne joe joel johann john johnny jon jonathan jordan jorge jose joseph josh joshua
  joyce juan judith judy julia julian julie justin kamala karen karim karl kate katherine kathleen kathryn kathy
  katie keith kelly ken kenneth kevin khalid kim kirill kirk klaus kristen kurt kyle kyrylo larry laura lauren
  lawrence leah lee leo leon leonard leslie liam lily linda lindsay lisa liz lloyd logan lois lori louis louise
  lucas lucy luis luke lydia lynn maggie mahmoud malcolm manuel marc marco marcus margaret maria marie marilyn
  mario marion mark markus marshall martha martin marvin mary mathieu matt matthew maurice max maxim megan melanie
  melissa michael michel michelle miguel mike mikhail miles mitch mohamed mohammad mohammed monica morgan muhammad
  mykola nadia nancy naomi natalia natalie nathan neil nicholas nick nicola nicolas nicole nigel nikolai nina noah
  norman oleg oleksandr oleksiy olena olga oliver olivia omar oscar owen pablo pamela patricia patrick paul paula
  pavel pedro penny peter petro petr phil philip phillip pierre priya rachel rafael rahul rajesh ralph ramon randy
  raul ray raymond rebecca regina renee ricardo richard rick rob robert roberto robin rodrigo roger roman ron ronald
  rosa rose ross roy ruby russell rustem ruth ryan sally sam samantha samuel sandra sara sarah scott sean sergei
  sergey serhiy shannon sharon shaun shawn sheila shirley sophia sophie stacy stanley stephanie stephen steve
  steven stuart sue susan suzanne sylvia tamara tammy tanya tara taras ted teresa terry thomas tiffany tim timothy
  tina todd tom tommy tony tracy travis troy tyler valentina valerie vanessa vasyl vera veronica victor victoria
  vikram viktor vincent virginia vitali vitaly vladimir vladislav volodymyr walter wang wayne wendy wesley william
  willie xavier yana yasmin yaroslav yevgeny yuri yulia yusuf zachary zoe keir marco emmanuel recep narendra
  benjamin xi olaf friedrich giorgia ursula kaja rishi justin jacinda anthony jens mette sanjay yvonne
  jermaine raj`);
