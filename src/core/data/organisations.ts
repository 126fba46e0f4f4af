/**
 * International and national organisations often quoted as sources, with acronyms and the seats used
 * for them in news copy ("Brussels" for the European Union).
 *
 * Source: official names and acronyms as the organisations give them on their own sites (US federal agencies
 * after usa.gov's A-Z index of agencies); the seat metonyms and the "UN refugee agency" kind of second name
 * follow Reuters and AP style; the parties at the end are the major parties of the UK, Australia, New
 * Zealand and the US under the short names their own sites and the AP stylebook use ("Labour", "the Greens",
 * "Republicans"). One line an organisation: `name | acronyms and other names | seats`.
 */
export const ORGANISATION_TABLE = `
United Nations|UN;U.N.|
UN Security Council|UNSC;United Nations Security Council|
European Union|EU;E.U.|Brussels
European Commission|Commission|
North Atlantic Treaty Organization|NATO;North Atlantic Treaty Organisation|
World Health Organization|WHO;World Health Organisation;UN health agency;U.N. health agency;United Nations health agency|
International Monetary Fund|IMF|
World Bank||
World Food Programme|WFP;World Food Program|
UN Refugee Agency|UNHCR;United Nations High Commissioner for Refugees;U.N. refugee agency;United Nations refugee agency|
UNICEF|United Nations Children's Fund|
International Organization for Migration|IOM;International Organisation for Migration|
International Criminal Court|ICC|
International Court of Justice|ICJ|
International Committee of the Red Cross|ICRC;Red Cross|
Red Crescent||
Amnesty International|Amnesty|
Human Rights Watch|HRW|
Doctors Without Borders|MSF;Médecins Sans Frontières;Medecins Sans Frontieres|
OPEC|Organization of the Petroleum Exporting Countries|
African Union|AU|
Association of Southeast Asian Nations|ASEAN|
Organisation for Economic Co-operation and Development|OECD|
International Energy Agency|IEA|
International Atomic Energy Agency|IAEA|
Federal Reserve|Fed;the Fed|
European Central Bank|ECB|
Bank of England|BoE|
Office for National Statistics|ONS|
UK Statistics Authority|Statistics Authority|
Office for Budget Responsibility|OBR|
Institute for Fiscal Studies|IFS|
Congressional Budget Office|CBO|
Bureau of Labor Statistics|BLS|
Eurostat||
Environmental Protection Agency|EPA|
National Aeronautics and Space Administration|NASA|
National Oceanic and Atmospheric Administration|NOAA|
Centers for Disease Control and Prevention|CDC|
Food and Drug Administration|FDA|
Federal Emergency Management Agency|FEMA|
Reuters||
Associated Press|AP|
Agence France-Presse|AFP|
BBC|British Broadcasting Corporation|
CNN||
Al Jazeera||
Xinhua||
KCNA|Korean Central News Agency|
TASS||
Hamas||
Hezbollah||
Taliban|the Taliban|
Islamic State|ISIS;ISIL;IS|
Wagner Group|Wagner|
Mercosur|Mercosul|
Gulf Cooperation Council|GCC|
BRICS||
Economic Community of West African States|ECOWAS|
Labour Party|Labour|
Labor Party|Labor;Australian Labor Party;ALP|
Conservative Party|Conservatives;Tories|
Liberal Democrats|Lib Dems|
Green Party|Greens|
Republican Party|Republicans;GOP|
Democratic Party|Democrats|
`;

/** One organisation of the gazetteer. */
export interface OrganisationFact {
  readonly name: string;
  readonly otherNames: readonly string[];
  readonly seats: readonly string[];
}

/** Parses {@link ORGANISATION_TABLE} into records. */
export function loadOrganisations(): OrganisationFact[] {
  return ORGANISATION_TABLE.split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [name, other, seats] = line.split('|');
      const list = (f: string | undefined) => (f ?? '').split(';').map((s) => s.trim()).filter(Boolean);
      return { name: name.trim(), otherNames: list(other), seats: list(seats) };
    });
}

/**
 * How news copy refers to an organisation already named, by what it is: "the bloc" for the EU or Mercosur,
 * "the alliance" for NATO, "the world body" for the UN. `description | organisations it may stand for`. A
 * description links to the one of them named last before it (see `findActors`); `*` stands for any
 * organisation named in the article that is not an international body of the gazetteer ("the campaign
 * group" for the Prison Reform Trust).
 *
 * Source: AP and Reuters style for second references to international bodies.
 */
export const DESCRIPTION_TABLE = `
bloc|European Union;Mercosur;Association of Southeast Asian Nations;African Union;Gulf Cooperation Council;BRICS;Economic Community of West African States;European Commission
alliance|North Atlantic Treaty Organization
world body|United Nations;UN Security Council
health agency|World Health Organization
refugee agency|UN Refugee Agency
agency|World Health Organization;UN Refugee Agency;World Food Programme;International Organization for Migration;International Atomic Energy Agency;International Energy Agency;UNICEF;Environmental Protection Agency;Federal Emergency Management Agency
space agency|National Aeronautics and Space Administration
migration agency|International Organization for Migration
fund|International Monetary Fund
lender|International Monetary Fund;World Bank
cartel|OPEC
court|International Criminal Court;International Court of Justice
campaign group|*
pressure group|*
rights group|*
advocacy group|*
lobby group|*
research group|*
charity|*
think tank|*
think-tank|*
watchdog|*
nonprofit|*
`;

/** Parses {@link DESCRIPTION_TABLE}: each description (lower case) to the organisations it may stand for. */
export function loadDescriptions(): ReadonlyMap<string, readonly string[]> {
  return new Map(DESCRIPTION_TABLE.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [description, names] = l.split('|');
    return [description.trim(), names.split(';').map((s) => s.trim())] as [string, string[]];
  }));
}
