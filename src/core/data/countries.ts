/**
 * Countries with their common names, adjective and plural demonyms, capitals and seats of power.
 *
 * Source: country short names after ISO 3166-1 (English, common forms); capitals and demonyms after the
 * CIA World Factbook ("Capital" and "Nationality" fields, 2024 edition). Seats of power (the Kremlin, the
 * White House, Downing Street …) are the conventional metonyms used by news agencies' style guides.
 * One line a country: `name | other names | adjective demonym | plural demonym | capital | seats of power`;
 * lists inside a field are separated by `;`. Every UN member state is here, with Palestine, Taiwan, Kosovo
 * and the Holy See, and, at the end, inhabited territories with ISO 3166-1 codes that news copy names as
 * actors or places (Puerto Rico, Hong Kong, Greenland …; Somaliland and Western Sahara as their
 * governments are commonly named), without capitals: a territory's capital does not speak for it. A capital or demonym that is also a common word or name in English copy ("Victoria",
 * "Male", "Nassau", "Georgetown") is left out, and so is a demonym two states share ("Congolese",
 * "Dominican"), so that neither is taken for a state.
 */
export const COUNTRY_TABLE = `
Andorra||Andorran|Andorrans|Andorra la Vella|
Antigua and Barbuda|Antigua|Antiguan|Antiguans||
Bahamas|The Bahamas|Bahamian|Bahamians||
Barbados||Barbadian|Barbadians|Bridgetown|
Belize||Belizean|Belizeans|Belmopan|
Benin||Beninese|Beninese|Porto-Novo|
Bhutan||Bhutanese|Bhutanese|Thimphu|
Botswana||Botswanan|Batswana|Gaborone|
Brunei||Bruneian|Bruneians|Bandar Seri Begawan|
Burundi||Burundian|Burundians|Gitega;Bujumbura|
Cabo Verde|Cape Verde|Cabo Verdean;Cape Verdean|Cabo Verdeans;Cape Verdeans|Praia|
Central African Republic|CAR|Central African|Central Africans|Bangui|
Comoros||Comoran|Comorans||
Republic of the Congo|Congo-Brazzaville|||Brazzaville|
Djibouti||Djiboutian|Djiboutians||
Dominica|||||
Equatorial Guinea||Equatorial Guinean;Equatoguinean|Equatorial Guineans;Equatoguineans|Malabo|
Eswatini|Swaziland|Swazi|Swazis|Mbabane|
Fiji||Fijian|Fijians|Suva|
Gabon||Gabonese|Gabonese|Libreville|
Gambia|The Gambia|Gambian|Gambians|Banjul|
Grenada||Grenadian|Grenadians||
Guinea||Guinean|Guineans|Conakry|
Guinea-Bissau||Bissau-Guinean|Bissau-Guineans|Bissau|
Guyana||Guyanese|Guyanese||
Kiribati||I-Kiribati|I-Kiribati|Tarawa|
Lesotho||Basotho|Basotho|Maseru|
Liberia||Liberian|Liberians|Monrovia|
Liechtenstein||Liechtensteiner|Liechtensteiners|Vaduz|
Luxembourg||Luxembourgish|Luxembourgers||
Madagascar||Malagasy|Malagasy|Antananarivo|
Malawi||Malawian|Malawians|Lilongwe|
Maldives||Maldivian|Maldivians||
Malta||Maltese|Maltese|Valletta|
Marshall Islands||Marshallese|Marshallese|Majuro|
Mauritania||Mauritanian|Mauritanians|Nouakchott|
Mauritius||Mauritian|Mauritians|Port Louis|
Micronesia|Federated States of Micronesia|Micronesian|Micronesians|Palikir|
Monaco||Monegasque|Monegasques||
Namibia||Namibian|Namibians|Windhoek|
Nauru||Nauruan|Nauruans||
Palau||Palauan|Palauans|Ngerulmud|
Papua New Guinea|PNG|Papua New Guinean|Papua New Guineans|Port Moresby|
Saint Kitts and Nevis|St Kitts and Nevis|Kittitian|Kittitians|Basseterre|
Saint Lucia|St Lucia|Saint Lucian|Saint Lucians|Castries|
Saint Vincent and the Grenadines|St Vincent and the Grenadines|Vincentian|Vincentians|Kingstown|
Samoa||Samoan|Samoans|Apia|
San Marino||Sammarinese|Sammarinese||
Sao Tome and Principe|São Tomé and Príncipe|Santomean|Santomeans||
Seychelles||Seychellois|Seychellois||
Sierra Leone||Sierra Leonean|Sierra Leoneans|Freetown|
Solomon Islands||Solomon Islander|Solomon Islanders|Honiara|
Suriname||Surinamese|Surinamese|Paramaribo|
Timor-Leste|East Timor|Timorese|Timorese|Dili|
Togo||Togolese|Togolese|Lome;Lomé|
Tonga||Tongan|Tongans|Nuku'alofa|
Trinidad and Tobago|Trinidad|Trinidadian|Trinidadians|Port of Spain|
Tuvalu||Tuvaluan|Tuvaluans|Funafuti|
Vanuatu||Ni-Vanuatu|Ni-Vanuatu|Port Vila|
Vatican City|Holy See|||Vatican|
Afghanistan||Afghan|Afghans|Kabul|
Albania||Albanian|Albanians|Tirana|
Algeria||Algerian|Algerians|Algiers|
Angola||Angolan|Angolans|Luanda|
Argentina||Argentine;Argentinian|Argentines;Argentinians|Buenos Aires|Casa Rosada
Armenia||Armenian|Armenians|Yerevan|
Australia||Australian|Australians|Canberra|
Austria||Austrian|Austrians|Vienna|
Azerbaijan||Azerbaijani|Azerbaijanis|Baku|
Bahrain||Bahraini|Bahrainis|Manama|
Bangladesh||Bangladeshi|Bangladeshis|Dhaka|
Belarus||Belarusian|Belarusians|Minsk|
Belgium||Belgian|Belgians||
Bolivia||Bolivian|Bolivians|La Paz;Sucre|
Bosnia and Herzegovina|Bosnia|Bosnian|Bosnians|Sarajevo|
Brazil||Brazilian|Brazilians|Brasilia;Brasília|Planalto
Bulgaria||Bulgarian|Bulgarians|Sofia|
Burkina Faso||Burkinabe|Burkinabes|Ouagadougou|
Cambodia||Cambodian|Cambodians|Phnom Penh|
Cameroon||Cameroonian|Cameroonians|Yaounde|
Canada||Canadian|Canadians|Ottawa|
Chad||Chadian|Chadians|N'Djamena|
Chile||Chilean|Chileans|Santiago|
China|People's Republic of China;PRC|Chinese||Beijing|Zhongnanhai
Colombia||Colombian|Colombians|Bogota;Bogotá|
Democratic Republic of the Congo|DR Congo;DRC|Congolese||Kinshasa|
Costa Rica||Costa Rican|Costa Ricans|San Jose|
Croatia||Croatian|Croatians;Croats|Zagreb|
Cuba||Cuban|Cubans|Havana|
Cyprus||Cypriot|Cypriots|Nicosia|
Czech Republic|Czechia|Czech|Czechs|Prague|
Denmark||Danish|Danes|Copenhagen|
Dominican Republic||Dominican|Dominicans|Santo Domingo|
Ecuador||Ecuadorian|Ecuadorians|Quito|
Egypt||Egyptian|Egyptians|Cairo|
El Salvador||Salvadoran|Salvadorans|San Salvador|
Eritrea||Eritrean|Eritreans|Asmara|
Estonia||Estonian|Estonians|Tallinn|
Ethiopia||Ethiopian|Ethiopians|Addis Ababa|
Finland||Finnish|Finns|Helsinki|
France||French||Paris|Elysee;Élysée;Elysee Palace;Élysée Palace
Georgia||Georgian|Georgians|Tbilisi|
Germany||German|Germans|Berlin|Bundestag
Ghana||Ghanaian|Ghanaians|Accra|
Greece||Greek|Greeks|Athens|
Guatemala||Guatemalan|Guatemalans|Guatemala City|
Haiti||Haitian|Haitians|Port-au-Prince|
Honduras||Honduran|Hondurans|Tegucigalpa|
Hungary||Hungarian|Hungarians|Budapest|
Iceland||Icelandic|Icelanders|Reykjavik|
India||Indian|Indians|New Delhi|
Indonesia||Indonesian|Indonesians|Jakarta|
Iran|Islamic Republic of Iran|Iranian|Iranians|Tehran|
Iraq||Iraqi|Iraqis|Baghdad|
Ireland|Republic of Ireland|Irish||Dublin|
Israel||Israeli|Israelis||Knesset
Italy||Italian|Italians|Rome|
Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian|Ivorians|Yamoussoukro;Abidjan|
Jamaica||Jamaican|Jamaicans|Kingston|
Japan||Japanese||Tokyo|
Jordan||Jordanian|Jordanians|Amman|
Kazakhstan||Kazakh;Kazakhstani|Kazakhs;Kazakhstanis|Astana|
Kenya||Kenyan|Kenyans|Nairobi|
Kosovo||Kosovar|Kosovars|Pristina|
Kuwait||Kuwaiti|Kuwaitis|Kuwait City|
Kyrgyzstan||Kyrgyz||Bishkek|
Laos||Lao;Laotian|Laotians|Vientiane|
Latvia||Latvian|Latvians|Riga|
Lebanon||Lebanese||Beirut|
Libya||Libyan|Libyans|Tripoli|
Lithuania||Lithuanian|Lithuanians|Vilnius|
Malaysia||Malaysian|Malaysians|Kuala Lumpur|
Mali||Malian|Malians|Bamako|
Mexico||Mexican|Mexicans|Mexico City|
Moldova||Moldovan|Moldovans|Chisinau|
Mongolia||Mongolian|Mongolians|Ulaanbaatar|
Montenegro||Montenegrin|Montenegrins|Podgorica|
Morocco||Moroccan|Moroccans|Rabat|
Mozambique||Mozambican|Mozambicans|Maputo|
Myanmar|Burma|Burmese||Naypyidaw;Naypyitaw|
Nepal||Nepali;Nepalese|Nepalis|Kathmandu|
Netherlands|the Netherlands;Holland|Dutch||Amsterdam;The Hague|
New Zealand||New Zealand|New Zealanders|Wellington|
Nicaragua||Nicaraguan|Nicaraguans|Managua|
Niger||Nigerien|Nigeriens|Niamey|
Nigeria||Nigerian|Nigerians|Abuja|
North Korea|DPRK;Democratic People's Republic of Korea|North Korean|North Koreans|Pyongyang|
North Macedonia|Macedonia|Macedonian|Macedonians|Skopje|
Norway||Norwegian|Norwegians|Oslo|
Oman||Omani|Omanis|Muscat|
Pakistan||Pakistani|Pakistanis|Islamabad|
Palestine|Palestinian territories;State of Palestine|Palestinian|Palestinians|Ramallah|
Panama||Panamanian|Panamanians|Panama City|
Paraguay||Paraguayan|Paraguayans|Asuncion;Asunción|
Peru||Peruvian|Peruvians|Lima|
Philippines|the Philippines|Filipino;Philippine|Filipinos|Manila|Malacañang;Malacanang
Poland||Polish|Poles|Warsaw|
Portugal||Portuguese||Lisbon|
Qatar||Qatari|Qataris|Doha|
Romania||Romanian|Romanians|Bucharest|
Russia|Russian Federation|Russian|Russians|Moscow|Kremlin;the Kremlin
Rwanda||Rwandan|Rwandans|Kigali|
Saudi Arabia||Saudi;Saudi Arabian|Saudis|Riyadh|
Senegal||Senegalese||Dakar|
Serbia||Serbian;Serb|Serbians;Serbs|Belgrade|
Singapore||Singaporean|Singaporeans||
Slovakia||Slovak|Slovaks|Bratislava|
Slovenia||Slovenian;Slovene|Slovenians;Slovenes|Ljubljana|
Somalia||Somali|Somalis|Mogadishu|
South Africa||South African|South Africans|Pretoria|
South Korea|Republic of Korea;ROK|South Korean|South Koreans|Seoul|Blue House
South Sudan||South Sudanese||Juba|
Spain||Spanish|Spaniards|Madrid|Moncloa
Sri Lanka||Sri Lankan|Sri Lankans|Colombo|
Sudan||Sudanese||Khartoum|
Sweden||Swedish|Swedes|Stockholm|
Switzerland||Swiss||Bern;Berne|
Syria||Syrian|Syrians|Damascus|
Taiwan|Republic of China|Taiwanese||Taipei|
Tajikistan||Tajik|Tajiks|Dushanbe|
Tanzania||Tanzanian|Tanzanians|Dodoma|
Thailand||Thai||Bangkok|
Tunisia||Tunisian|Tunisians|Tunis|
Turkey|Türkiye;Turkiye|Turkish|Turks|Ankara|
Turkmenistan||Turkmen||Ashgabat|
Uganda||Ugandan|Ugandans|Kampala|
Ukraine||Ukrainian|Ukrainians|Kyiv;Kiev|
United Arab Emirates|UAE;the Emirates|Emirati|Emiratis|Abu Dhabi|
United Kingdom|UK;U.K.;Britain;Great Britain|British|Britons;the British|London|Downing Street;Whitehall;Westminster
United States|US;U.S.;USA;U.S.A.;America;United States of America|American|Americans|Washington|White House;the White House;Pentagon;the Pentagon
Uruguay||Uruguayan|Uruguayans|Montevideo|
Uzbekistan||Uzbek|Uzbeks|Tashkent|
Venezuela||Venezuelan|Venezuelans|Caracas|Miraflores
Vietnam|Viet Nam|Vietnamese||Hanoi|
Yemen||Yemeni|Yemenis|Sanaa;Sana'a|
Zambia||Zambian|Zambians|Lusaka|
Zimbabwe||Zimbabwean|Zimbabweans|Harare|
Puerto Rico||Puerto Rican|Puerto Ricans||
Hong Kong||Hong Konger|Hong Kongers;Hongkongers||
Macau|Macao|Macanese|||
Greenland||Greenlandic|Greenlanders||
Faroe Islands|Faroes|Faroese|||
Gibraltar||Gibraltarian|Gibraltarians||
Guam||Guamanian|Guamanians||
Bermuda||Bermudian|Bermudians||
Cayman Islands|Caymans|Caymanian|Caymanians||
Falkland Islands|Falklands|Falkland Islander|Falkland Islanders||
New Caledonia||New Caledonian|New Caledonians||
French Polynesia||French Polynesian|French Polynesians||
Western Sahara||Sahrawi|Sahrawis||
Somaliland||Somalilander|Somalilanders||
`;

/** One country of the gazetteer. */
export interface CountryFact {
  readonly name: string;
  readonly otherNames: readonly string[];
  readonly adjectives: readonly string[];
  readonly plurals: readonly string[];
  readonly capitals: readonly string[];
  readonly seats: readonly string[];
}

const list = (field: string | undefined): string[] =>
  (field ?? '').split(';').map((s) => s.trim()).filter((s) => s.length > 0);

/** Parses {@link COUNTRY_TABLE} into records. */
export function loadCountries(): CountryFact[] {
  return COUNTRY_TABLE.split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [name, other, adjective, plural, capital, seats] = line.split('|');
      return {
        name: name.trim(),
        otherNames: list(other),
        adjectives: list(adjective),
        plurals: list(plural),
        capitals: list(capital),
        seats: list(seats),
      };
    });
}

/**
 * What a state is, in the words news copy uses for it on second reference: "the kingdom" (Saudi Arabia),
 * "the emirate" (Qatar), "the sultanate" (Oman). `style | states`. Any state is also "the country" and
 * "the nation" (see `findActors`).
 *
 * Source: the current monarchies and their styles, after the states' own constitutions (kingdoms, emirates,
 * sultanates, principalities, grand duchy); Japan's empire and Malaysia's federal monarchy are not called
 * "the kingdom" in English copy and are left out.
 */
export const STATE_STYLE_TABLE = `
kingdom|Bahrain;Belgium;Bhutan;Cambodia;Denmark;Eswatini;Jordan;Lesotho;Morocco;Netherlands;Norway;Saudi Arabia;Spain;Sweden;Thailand;Tonga;United Kingdom
emirate|Qatar;Kuwait;United Arab Emirates
sultanate|Oman;Brunei
principality|Monaco;Liechtenstein;Andorra
grand duchy|Luxembourg
`;

/** Parses {@link STATE_STYLE_TABLE}: each style (lower case) to the countries it names. */
export function loadStateStyles(): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(STATE_STYLE_TABLE.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [style, states] = l.split('|');
    return [style, new Set(states.split(';'))] as [string, Set<string>];
  }));
}
