// People: given names (to recognise people never seen before) and well-known people who are
// not in the office table, in Azerbaijani spelling. Written for this project.

/** Given names: Azerbaijani and Turkic, and foreign ones frequent in the news (Azerbaijani spelling). */
export const GIVEN_NAMES: string[] = `
Abbas Abdulla Adil Afaq Ağa Akif Alov Allahverdi Anar Araz Arif Arzu Asif Aslan Ayaz Aydın Aydan Aygün
Aynur Aysel Aytən Azad Babək Bahar Bəhruz Bəxtiyar Cavad Cavid Ceyhun Cəlal Cəmil Dilarə Dilqəm Elçin Elçibəy
Elxan Elmar Elmir Elnur Elşad Elşən Eldar Elvin Elvira Emin Eynulla Əbülfəz Ədalət Əhməd Əkbər Ələkbər
Əli Əliağa Əmir Ənvər Ərəstun Əsəd Fazil Fariz Fərid Fərhad Fikrət Firuzə Fuad Fəxrəddin Gülnar Gülnarə
Gülşən Günay Hafiz Hacı Hikmət Hüseyn Həsən Heydər Xalid Xanlar Xəyal Xədicə İbrahim İlham İlqar İlkin
İlyas İsmayıl İsa Kamal Kamran Kənan Kərim Laləzar Lalə Leyla Mahir Malik Mehdi Mehriban Mikayıl Mirzə
Murad Musa Mübariz Məhəmməd Məmməd Mətin Namiq Natiq Nazim Nəsimi Nigar Nicat Nizami Novruz Nurlan Nuru
Orxan Oqtay Pərviz Qabil Qəzənfər Ramil Ramiz Rasim Rauf Rafiq Ramazan Rəşad Rəşid Rövşən Rüfət Ruslan
Sahib Samir Sənan Səbinə Səməd Sevinc Sərdar Siyavuş Sona Şahin Şahmar Şamil Şəhla Şirin Tahir Talıb
Tural Turan Ülviyyə Vaqif Vahid Valeh Vasif Vüqar Vüsal Yaqub Yaşar Zakir Zaur Ziyad Zöhrə Zümrüd Məleykə
Kamaləddin Mikayıl Ayxan Ayla Aysun Lamiyə Nərmin Nərgiz Ulviyyə Fidan Fəridə Səadət Mustafa Rəhim
Sadiq Teymur Toğrul Vəli Yusif Rəsul Səxavət Tofiq Vidadi İlqar Anar Azər Emil Fəxri Mahmud Mövsüm
Recep Rəcəb Əhməd Mevlüt Mövlud Hakan Kəmal Mustafa Binəli Abdullah Devlet Ömər Süleyman Numan Yaşar
Vladimir Dmitri Dmitriy Sergey Mixail Mariya Aleksandr Aleksey Aleksandra Yuri Yuriy Andrey Andri Nikolay
Viktor Oleq Pavel İqor Boris Maksim Konstantin Valentina Tatyana Yelena Olqa İrina Anna Natalya Svetlana
Volodimir Petro Dmitro Denis Yuliya Oleksandr Arseni Nikol Armen Serj Robert Ararat Tiqran Vahaqn Karen
Donald Co Cozef Barak Corc Bill Hillari Con Cek Ceyms Ceremi Mayk Marko Entoni Kamala Elon Keri Stiv
Emmanuel Fransua Nikola Şarl Jan Mişel Olaf Angela Fridrix Frank-Valter Annalena Ursula Kaya Antoniu Antonio
Jozep Robert Kir Rişi Boris Liz Devid Tereza Toni Qordon Benyamin Yitshak İsaak Mahmud Bəşər Əhməd
Si Van Li Narendra Şahbaz İmran Kasım-Jomart Nursultan Şavkat Emoməli Sadır Sərdar Qurbanqulu Raşid
Giorgi İrakli Mixeil Salome Bidzina Levan Nino Zurab Kaxa Viktor Aleksandar Recep Tayyib Tayyip Məsud Abbas
Hakan İbrahim Həsən Əli Fumio Şinzo Yun Mun Han Lee Kim Pak Çarlz Filip Frants Matteo Corcia Pedro Tusk
Olena Rustam Rövşən Cəmilə Zeynəb Aida Afət Səid Seymur Ramin Vüsalə Elşad Xəqani Rəna Nuran Bəşir Ömer
İlon Ceff Bilal Nikolya Nikolas Alyona Pol Tom Maykl Karlos Luka Rodriqo Alberto Xose Cerom Skott Kristalina Ayay Klaudiya Castin Mark
Əbdülfəttah Yakov Zoran Milorad Dragan Milo Goran Duşan Vuk İvitsa Predraq Jelyka Jeljka Darko Tomislav Dritan
Samvel Qaregin Baqrat Levon Vazgen Arayik Ruben Eduard Andranik Qaqik Artur Arsen Avet Davit Alen Nika Mamuka Şalva
Kaxaber Zviad Paata Tamar Ekaterine Elene Özgür Əkrəm Ekrem Mansur Fahrettin Bülent Berat Səlahəddin Selahattin
Timur Lev Vyaçeslav Valeri Yevgeni Vadim Vasili Gennadi Anton Marat Vitali Taras Rustem Oleksi Kirilo Ruhulla
Qulamhüseyn Əbdülnasir Məhsa Volker Rafael Arda Zahid Qənimət
Afiq Ağasəlim Etibar Eyvaz Xaqani Mehman Saday Turqut Ülvi Habil Tərlan Zülfüqar Şakir Kərəm Səyyad Kəramət Şəhriyar Məhbub Afgan Tofik
`.split(/\s+/).filter(Boolean);

/** Women's given names (Azerbaijani, Turkic, and foreign ones frequent in the news): they mark a
 *  person, and the surname after one as feminine (`-ova` is no dative). Names given to men too, and
 *  common words (`Ulduz`, `Xanım`), are left out. */
export const FEMALE_GIVEN_NAMES: string[] = `
Afaq Afət Aida Arzu Aydan Aygün Aygül Aynur Aysel Aysu Aysun Aytac Aytən Ayla Aynurə Bahar 
Bənövşə Cəmilə Dilarə Dilbər Dilrübə Dürdanə Elmira Elnarə Elvira Elza Esmira Firuzə
Fidan Fəridə Fatimə Gülarə Gülbəniz Gülçin Gülnar Gülnarə Gülnaz Gülsüm Gülşən Gültəkin Gülüstan Günay
Günel Hicran Xatirə Xavər Xədicə İlahə İradə İrada Jalə Kamalə Kəmalə Könül Laləzar Lalə Lamiyə
Leyla Mehriban Məhbubə Məleykə Mərziyyə Minirə Nailə Nargilə Nazilə Nazlı Nəzakət Nərgiz Nərmin
Nigar Nurlanə Nübar Ofeliya Pərvanə Pərvin Rəna Rəfiqə Rübabə Sabina Sahibə Samirə 
Sevinc Sevil Səadət Səbinə Səidə Simuzər Solmaz Sona Südabə Şahnaz Şəbnəm Şəhla Şəhanə Şəlalə 
Şirin Təranə Tamilla Tünzalə Türkan Ülkər Ülviyyə Ulviyyə Vüsalə Yeganə Zakirə Zəhra Zərifə Zərinə
Zeynəb Zenfira Zöhrə Zümrüd Zülfiyyə Tənzilə Gülər Hülya Emine Ayşe Fatma Meral Mariya Aleksandra
Valentina Tatyana Yelena Olqa İrina Anna Natalya Svetlana Yuliya Olena Kamala Angela Annalena Ursula
Kaya Tereza Liz Salome Nino Kristi Hillari Corcia Roberta Ceyn Meri Sanna Mette Kristin Karin
Tamar Ekaterine Elene Məhsa Vəfa Səkinə Nəsrin Mehparə
Aliyə Ayten Sevda Zemfira Həcər Kamilə Məryəm Nurlana Nuranə Tahirə Əfsanə Ləman Mədinə Nəzrin Rəşidə Novella Mətanət Aybəniz Gülzar Rəhilə
`.split(/\s+/).filter(Boolean);

/** Well-known people outside the office table: [Azerbaijani, English]. */
export const KNOWN_PEOPLE: [string, string][] = [
  ["Mehriban Əliyeva", "Mehriban Aliyeva"], ["Heydər Əliyev", "Heydar Aliyev"], ["Dmitri Peskov", "Dmitry Peskov"],
  ["Mariya Zaxarova", "Maria Zakharova"], ["Hikmət Hacıyev", "Hikmat Hajiyev"], ["Ayxan Hacızadə", "Aykhan Hajizada"],
  ["Sahibə Qafarova", "Sahiba Gafarova"], ["Mukhtar Babayev", "Mukhtar Babayev"], ["Muxtar Babayev", "Mukhtar Babayev"],
  ["Benyamin Netanyahu", "Benjamin Netanyahu"], ["Elon Mask", "Elon Musk"], ["Antonio Quterreş", "António Guterres"],
  ["Mark Rütte", "Mark Rutte"], ["Yens Stoltenberq", "Jens Stoltenberg"], ["Kamala Harris", "Kamala Harris"],
  ["Cey Di Vens", "JD Vance"], ["Stiv Uitkoff", "Steve Witkoff"], ["Şeyx Hasina", "Sheikh Hasina"], ["Ramzan Kadırov", "Ramzan Kadyrov"],
  ["Narendra Modi", "Narendra Modi"], ["Şahbaz Şərif", "Shehbaz Sharif"], ["Əhməd əş-Şəra", "Ahmed al-Sharaa"],
  ["Bəşər Əsəd", "Bashar al-Assad"], ["Mahmud Abbas", "Mahmoud Abbas"], ["Papa Leo", "Pope Leo XIV"],
  ["Viktor Orban", "Viktor Orbán"], ["Si Cinpin", "Xi Jinping"], ["Andrey Yermak", "Andriy Yermak"], ["Əli Laricani", "Ali Larijani"],
  ["Sergey Narışkin", "Sergey Naryshkin"], ["Məsud Pezeşkian", "Masoud Pezeshkian"], ["Asif Əli Zərdari", "Asif Ali Zardari"],
  ["Pit Heqset", "Pete Hegseth"],
  ["Nikolas Maduro", "Nicolás Maduro"], ["Abdulla Öcalan", "Abdullah Öcalan"],
  ["Yuri Uşakov", "Yuri Ushakov"], ["Aleksey Overçuk", "Alexei Overchuk"], ["Mixail Qaluzin", "Mikhail Galuzin"],
  // historical figures known by one name, quoted and cited in political news (`Hitler deyirdi: "…"`)
  ["Adolf Hitler", "Adolf Hitler"], ["İosif Stalin", "Joseph Stalin"], ["Vladimir Lenin", "Vladimir Lenin"],
  ["Napoleon Bonapart", "Napoleon Bonaparte"], ["Uinston Çörçill", "Winston Churchill"], ["Mustafa Kamal Atatürk", "Mustafa Kemal Atatürk"],
];
