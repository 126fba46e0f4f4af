/**
 * Large cities that are not national capitals (capitals are in `countries.ts`, where they stand for their
 * state). In news copy these name where something happened, not who acts: "crowds in Los Angeles", "the
 * New York march". Without this list a two-word city reads like a person's name.
 *
 * Source: the urban agglomerations of over about two million people in the UN's World Urbanization
 * Prospects (2018 revision), in their usual English names, plus the cities that most often date-line
 * English-language wire copy (AP and Reuters style). One name a line; alternative spellings on the same
 * line, separated by `;`.
 */
const CITY_TABLE = `
New York;New York City
Los Angeles
Chicago
Houston
Philadelphia
Phoenix
San Antonio
San Diego
Dallas
San Francisco
Seattle
Boston
Miami
Atlanta
Detroit
Denver
Las Vegas
New Orleans
Minneapolis
Baltimore
Toronto
Montreal
Vancouver
Sydney
Melbourne
Brisbane
Perth
Auckland
Rio de Janeiro
Sao Paulo;São Paulo
Belo Horizonte
Porto Alegre
Recife
Salvador
Guadalajara
Monterrey
Medellin;Medellín
Cali
Guayaquil
Barcelona
Milan
Naples
Turin
Munich
Hamburg
Frankfurt
Cologne
Lyon
Marseille
Manchester
Birmingham
Glasgow
Liverpool
Edinburgh
Istanbul
Izmir
St Petersburg;Saint Petersburg;St. Petersburg
Novosibirsk
Yekaterinburg
Kharkiv;Kharkov
Odesa;Odessa
Lviv
Dnipro
Mumbai;Bombay
Kolkata;Calcutta
Chennai;Madras
Bengaluru;Bangalore
Hyderabad
Ahmedabad
Pune
Karachi
Lahore
Peshawar
Dhaka
Chittagong
Shanghai
Guangzhou
Shenzhen
Chongqing
Tianjin
Wuhan
Chengdu
Hong Kong
Osaka
Yokohama
Nagoya
Busan
Ho Chi Minh City;Saigon
Surabaya
Johannesburg
Cape Town
Durban
Lagos
Kano
Ibadan
Alexandria
Casablanca
Dar es Salaam
Mombasa
Jeddah
Dubai
Mecca;Makkah
Aleppo
Homs
Mosul
Basra
Gaza City
Khan Younis
Rafah
Jerusalem
Tel Aviv
Haifa
Mashhad
Isfahan
Kandahar
Herat
Benghazi
Misrata
Omdurman
El Fasher
Goma
Lubumbashi
`;

/** Every city name, as written. */
export const CITIES: ReadonlySet<string> = new Set(
  CITY_TABLE.trim().split('\n').flatMap((line) => line.split(';').map((n) => n.trim())).filter((n) => n.length > 0),
);

/** The first word of every city name, to skip sentences quickly. */
export const CITY_FIRST_WORDS: ReadonlySet<string> = new Set([...CITIES].map((n) => n.split(' ')[0]));

/**
 * First-level regions of large federal states (states, provinces, territories) whose names read like a
 * person's ("Uttar Pradesh", "New South Wales") or act in copy only through their governments ("the Punjab
 * government"). Named alone they are where something happened, not someone acting.
 *
 * Source: the subdivision names of ISO 3166-2 for India (IN), Pakistan (PK), China (CN), the United States
 * (US), Canada (CA), Australia (AU), Brazil (BR), Nigeria (NG) and Indonesia (ID), in their usual English
 * forms; names that are also common words, people's names or states ("Georgia", "Victoria", "Washington",
 * "Delhi", "Jersey", "Lagos") are left out. One name a line.
 */
const REGION_TABLE = `
Andhra Pradesh
Arunachal Pradesh
Himachal Pradesh
Madhya Pradesh
Uttar Pradesh
Uttarakhand
West Bengal
Tamil Nadu
Jammu and Kashmir
Maharashtra
Karnataka
Kerala
Rajasthan
Gujarat
Bihar
Jharkhand
Chhattisgarh
Odisha
Orissa
Telangana
Haryana
Assam
Meghalaya
Manipur
Mizoram
Nagaland
Tripura
Sikkim
Khyber Pakhtunkhwa
Balochistan
Baluchistan
Sindh
Gilgit-Baltistan
Sichuan
Guangdong
Hubei
Hunan
Henan
Hebei
Shandong
Jiangsu
Zhejiang
Fujian
Yunnan
Guizhou
Guangxi
Shaanxi
Shanxi
Gansu
Qinghai
Xinjiang
Inner Mongolia
Heilongjiang
Jilin
Liaoning
Anhui
Jiangxi
Hainan
Ningxia
California
Texas
Florida
New South Wales
Western Australia
South Australia
Northern Territory
Queensland
Tasmania
British Columbia
Nova Scotia
New Brunswick
Ontario
Quebec
Alberta
Saskatchewan
Manitoba
Rio Grande do Sul
Minas Gerais
Mato Grosso
Sao Paulo State
East Java
West Java
Central Java
North Sumatra
West Papua
`;

/** Every region name, as written. */
export const REGIONS: ReadonlySet<string> = new Set(REGION_TABLE.trim().split('\n').map((n) => n.trim()).filter((n) => n.length > 0));

/** The first word of every region name, to skip runs quickly. */
export const REGION_FIRST_WORDS: ReadonlySet<string> = new Set([...REGIONS].map((n) => n.split(' ')[0]));
