// Hand-kept additions to the derived gazetteer: common English exonyms and transliterations
// the source data lacks, demonyms the sources spell differently, and a few macro-regions.
// Keys are matched through nameKey(), so case and diacritics do not matter here.

/**
 * Extra names for a gazetteer entry: 'city:CC:Name' (the most populous city of that name in
 * the country), 'region:ISO3166-2' or 'country:CC'. The build fails on a key that matches nothing.
 */
export const EXTRA_NAMES: Record<string, string[]> = {
  // cities
  'city:UA:Kyiv': ['Kiev'],
  'city:UA:Odessa': ['Odessa', 'Odesa'],
  'city:UA:Kharkiv': ['Kharkov'],
  'city:UA:Lviv': ['Lvov', 'Lwow'],
  'city:UA:Dnipro': ['Dnipropetrovsk', 'Dnepr', 'Dnepropetrovsk'],
  'city:UA:Zaporizhia': ['Zaporizhzhia', 'Zaporozhye', 'Zaporozhe'],
  'city:UA:Donetsk': ['Donetsk'],
  'city:UA:Luhansk': ['Luhansk', 'Lugansk'],
  'city:BY:Minsk': ['Minsk'],
  'city:KZ:Almaty': ['Alma-Ata', 'Almaty'],
  'city:KZ:Nur-Sultan': ['Astana', 'Nur-Sultan', 'Akmola'],
  'city:UZ:Tashkent': ['Tashkent', 'Toshkent'],
  'city:TJ:Dushanbe': ['Dushanbe'],
  'city:TM:Ashgabat': ['Ashgabat', 'Ashkhabad'],
  'city:RU:Saint Petersburg': ['Saint Petersburg', 'Leningrad', 'Petersburg'],
  'city:RU:Yekaterinburg': ['Yekaterinburg', 'Ekaterinburg', 'Sverdlovsk'],
  'city:RU:Novosibirsk': ['Novosibirsk'],
  'city:RU:Groznyy': ['Grozny', 'Groznyy'],
  'city:RU:Makhachkala': ['Makhachkala'],
  'city:RU:Vladikavkaz': ['Vladikavkaz'],
  'city:CN:Beijing': ['Peking'],
  'city:IN:Mumbai': ['Bombay'],
  'city:IN:Chennai': ['Madras'],
  'city:IN:Kolkata': ['Calcutta'],
  'city:MM:Yangon': ['Rangoon'],
  'city:VN:Ho Chi Minh City': ['Saigon', 'Ho Chi Minh'],
  'city:TH:Bangkok': ['Bangkok'],
  'city:DE:Berlin': ['Berlin'],
  'city:IT:Rome': ['Rome', 'Roma'],
  'city:DE:Munich': ['Munich', 'Muenchen', 'München'],
  'city:DE:Köln': ['Cologne', 'Koeln', 'Köln'],
  'city:CZ:Prague': ['Prague', 'Praha'],
  'city:PL:Warsaw': ['Warsaw', 'Warszawa'],
  'city:AT:Vienna': ['Vienna', 'Wien'],
  'city:GR:Athens': ['Athens', 'Athina'],
  'city:GB:London': ['London'],
  'city:US:New York City': ['New York', 'New York City', 'NYC'],
  'city:US:Washington, D.C.': ['Washington', 'Washington DC', 'Washington D.C.'],
  'city:EG:Cairo': ['Cairo'],
  'city:IL:Jerusalem': ['Jerusalem', 'Al-Quds'],
  'city:IQ:Baghdad': ['Baghdad'],
  'city:SY:Damascus': ['Damascus'],
  'city:LB:Beirut': ['Beirut'],
  'city:IR:Tehran': ['Tehran', 'Teheran'],
  'city:AF:Kabul': ['Kabul'],
  'city:TR:Ankara': ['Ankara', 'Angora'],
  'city:TR:Istanbul': ['Istanbul', 'Constantinople', 'Stamboul'],
  'city:TR:Izmir': ['Izmir', 'Smyrna'],
  // regions: Russian republics and Ukrainian oblasts as English news writes them
  'region:RU-KB': ['Kabardino-Balkaria', 'Kabardino-Balkarian Republic', 'Kabardino-Balkariya'],
  'region:RU-CE': ['Chechnya', 'Chechen Republic', 'Chechnia'],
  'region:RU-DA': ['Dagestan', 'Daghestan'],
  'region:RU-IN': ['Ingushetia', 'Ingushetiya'],
  'region:RU-SE': ['North Ossetia', 'North Ossetia-Alania', 'North Ossetiya'],
  'region:RU-KC': ['Karachay-Cherkessia', 'Karachayevo-Cherkessia'],
  'region:RU-TA': ['Tatarstan'],
  'region:RU-BA': ['Bashkortostan', 'Bashkiria'],
  'region:RU-KDA': ['Kuban'],
  'region:RU-STA': ['Stavropol'],
  'region:UA-14': ['Donetsk'],
  'region:UA-09': ['Luhansk', 'Lugansk'],
  'region:UA-63': ['Kharkiv', 'Kharkov'],
  'region:UA-51': ['Odesa', 'Odessa'],
  'region:UA-23': ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'],
  'region:UA-12': ['Dnipropetrovsk', 'Dnipro'],
  'region:UA-65': ['Kherson'],
  'region:UA-46': ['Lviv'],
  'region:UA-32': ['Kyiv', 'Kiev'],
  'region:UA-48': ['Mykolaiv', 'Nikolaev'],
  'region:UA-18': ['Zhytomyr'],
  'region:UA-59': ['Sumy'],
  'region:UA-74': ['Chernihiv'],
  'region:UA-43': ['Crimea'],
  'region:KG-C': ['Chui', 'Chu'],
  'region:KG-Y': ['Issyk Kul', 'Ysyk-Kol'],
  // countries
  'country:TR': ['Turkey', 'Turkiye'],
  'country:KG': ['Kirghizia', 'Kirgizia'],
  'country:US': ['America', 'U.S.', 'U.S.A.', 'United States of America'],
  'country:GB': ['Britain', 'Great Britain', 'U.K.'],
  'country:RU': ['Russian Federation'],
  'country:CZ': ['Czech Republic', 'Czechia'],
  'country:MK': ['Macedonia'],
  'country:CI': ["Cote d'Ivoire", 'Ivory Coast'],
  'country:MM': ['Burma'],
  'country:SZ': ['Swaziland'],
  'country:CV': ['Cabo Verde'],
  'country:KR': ['South Korea', 'Korea', 'ROK'],
  'country:KP': ['North Korea', 'DPRK'],
  'country:SA': ['KSA'],
  'country:CN': ['PRC'],
  'country:PS': ['Palestine', 'Palestinian Territories', 'State of Palestine'],
  'country:VA': ['Vatican', 'Holy See'],
  'country:CD': ['DR Congo', 'DRC', 'Democratic Republic of Congo'],
  'country:AE': ['UAE', 'Emirates'],
};

/** Adjectives that name one country unambiguously, where the sources' demonyms differ. */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  KZ: ['Kazakh', 'Kazakhstani'],
  UZ: ['Uzbek'],
  TJ: ['Tajik'],
  TM: ['Turkmen'],
  GB: ['British'],
  US: ['American'],
  NL: ['Dutch'],
  UA: ['Ukrainian'],
  BY: ['Belarusian'],
  CN: ['Chinese'],
  IL: ['Israeli'],
  PS: ['Palestinian'],
};

/** Macro-regions, continents and seas news often locates events in (approximate centres). */
/** Upper-case abbreviations kept as country names; other two-letter codes ("ID", "IT") are ordinary words. */
export const COUNTRY_CODES_KEPT = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'KSA']);

/** English display names where the country source's name is awkward. */
export const COUNTRY_DISPLAY_NAMES: Record<string, string> = {
  PS: 'Palestine',
  HK: 'Hong Kong',
  MO: 'Macau',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  VA: 'Vatican City',
};

export const MACRO_REGIONS: Array<{ ref: string; name: string; lat: number; lon: number; cc?: string; aliases?: string[] }> = [
  { ref: 'geonames:6255148', name: 'Europe', lat: 48.69, lon: 9.14 },
  { ref: 'geonames:6255147', name: 'Asia', lat: 29.84, lon: 89.3 },
  { ref: 'geonames:6255146', name: 'Africa', lat: 7.19, lon: 21.09 },
  { ref: 'geonames:6255149', name: 'North America', lat: 46.07, lon: -100.55 },
  { ref: 'geonames:6255150', name: 'South America', lat: -14.6, lon: -57.66 },
  { ref: 'geonames:6255151', name: 'Oceania', lat: -18.31, lon: 138.52 },
  { ref: 'geonames:6255152', name: 'Antarctica', lat: -78.16, lon: 16.41 },
  { ref: 'chronicle:middle-east', name: 'Middle East', lat: 29.3, lon: 42.5, aliases: ['Mideast'] },
  { ref: 'chronicle:central-asia', name: 'Central Asia', lat: 41.5, lon: 64.5 },
  { ref: 'chronicle:north-caucasus', name: 'North Caucasus', lat: 43.4, lon: 44.5, aliases: ['Northern Caucasus'] },
  { ref: 'chronicle:caucasus', name: 'Caucasus', lat: 42.5, lon: 44.5 },
  { ref: 'chronicle:balkans', name: 'Balkans', lat: 43.0, lon: 21.0 },
  { ref: 'chronicle:black-sea', name: 'Black Sea', lat: 43.4, lon: 34.0 },
  { ref: 'chronicle:caspian-sea', name: 'Caspian Sea', lat: 41.9, lon: 50.7 },
  { ref: 'chronicle:mediterranean', name: 'Mediterranean', lat: 35.0, lon: 18.0, aliases: ['Mediterranean Sea'] },
  { ref: 'chronicle:aegean-sea', name: 'Aegean Sea', lat: 39.0, lon: 25.0, aliases: ['Aegean'] },
  { ref: 'chronicle:persian-gulf', name: 'Persian Gulf', lat: 26.9, lon: 51.5, aliases: ['the Gulf', 'Gulf'] },
  { ref: 'chronicle:scandinavia', name: 'Scandinavia', lat: 62.0, lon: 15.0 },
  { ref: 'chronicle:siberia', name: 'Siberia', lat: 60.0, lon: 105.0 },
  { ref: 'chronicle:atlantic-ocean', name: 'Atlantic Ocean', lat: 14.6, lon: -28.7, aliases: ['Atlantic', 'the Atlantic'] },
  { ref: 'chronicle:pacific-ocean', name: 'Pacific Ocean', lat: 0, lon: -160, aliases: ['Pacific', 'the Pacific'] },
  { ref: 'chronicle:indian-ocean', name: 'Indian Ocean', lat: -20, lon: 80 },
  { ref: 'chronicle:arctic', name: 'Arctic', lat: 80, lon: 0, aliases: ['Arctic Ocean'] },
  { ref: 'chronicle:sahel', name: 'Sahel', lat: 15.0, lon: 5.0 },
  { ref: 'chronicle:gaza-strip', name: 'Gaza Strip', lat: 31.42, lon: 34.37, cc: 'PS', aliases: ['Gaza'] },
  { ref: 'chronicle:west-bank', name: 'West Bank', lat: 31.95, lon: 35.25, cc: 'PS' },
];

/**
 * How a town's GeoNames admin1 code becomes its first-level region's ISO 3166-2 code, for the
 * countries whose towns are placed by a state or province written after them ("Watertown, N.Y.",
 * "London, Ont."): the US codes are the postal codes, which ISO uses too; Canada's are numbered
 * (GeoNames admin1CodesASCII.txt). Elsewhere GeoNames mixes FIPS and other codes that can collide
 * with ISO ones (France's admin1 "75" is a region, ISO's FR-75 a department), so towns there get none.
 */
export const ADMIN1_TO_ISO: Record<string, 'same' | Record<string, string>> = {
  US: 'same',
  CA: { '01': 'AB', '02': 'BC', '03': 'MB', '04': 'NB', '05': 'NL', '07': 'NS', '08': 'ON', '09': 'PE', '10': 'QC', '11': 'SK', '12': 'YT', '13': 'NT', '14': 'NU' },
};
