// Hand-written stems of news language (our own list), irregular forms and closed-class words.
// Lower case, nominative singular; verbs as bare stems (infinitive without -maq/-mək).
import type { Irregular } from "../../../morph/tables.js";

const noun = `
ad addım adam ağac ailə akt aksiya alim alış amil analiz anlaşma aparat ara araşdırma arxa asayiş aspekt
atəş atəşkəs ay aylıq baş başçı başlanğıc baza bazar bəyanat  bina bəla bölgə bölmə büdcə cavab
cəbhə cəmiyyət cinayət cümə dairə dalğa danışıq daşınma dəfə dəniz dəstə dəstək dəyər dialoq diaspor diplomat
diplomatiya direktor dollar dost dövlət dövr dövriyyə dünya ehtiyac ehtiyat elan elm enerji ev əlaqə əmək
əməkdaş əməkdaşlıq əməliyyat ərazi əsas əsgər əhali əhəmiyyət faiz fakt fəaliyyət fikir firma forum fond
gəlir gələcək gərginlik gömrük gün günah güc hadisə hakim hakimiyyət hal halqa hava hədəf hədiyyə həftə həll
həyat hərbçi hərəkət hesab heyət hissə hökumət hökm hüquq hücum icma icra idarə ifadə  iclas iddia idxal
ixrac il ilk imkan inam informasiya infrastruktur insan inkişaf investisiya istehsal iş işçi işğal iştirak
iştirakçı ittiham ittifaq izah jurnalist kampaniya kapital katib kənd kəlmə kitab kompaniya kompensasiya
komissiya komitə konfrans konsert konstitusiya kredit kurs lider layihə mal maliyyə manat maraq market
mərhələ mərkəz məqam məqsəd məlumat məktəb məsələ məsuliyyət mətbuat millət milyard milyon min minnət
mövqe mövzu müavin mübadilə mübarizə müddət müdafiə müdir müəllim müəssisə müharibə mühit müqavilə
münaqişə münasibət müraciət müsahibə müstəvi müzakirə nazir nazirlik namizəd neft nəqliyyat nəticə nota
nümayəndə nümayəndəlik nümunə oktyabr ordu orqan otaq paytaxt partiya pay plan polis prezident
problem proqram proses prokuror qadın qanun qaz qərar qərargah qəza qiymət qonaq qonşu qoşun qrup qurum
qüvvə rayon razılaşma rəhbər rəhbərlik rəis rəsmi rəy region rejim respublika saat sabah sahə sahil sammit sanksiya
satış səfər səfir səfirlik səhifə səhm səhiyyə səs sərhəd sərmayə seçki sektor sessiya siyasət sənəd
sənaye sərgi sıra sifariş sistem sual sülh sürət şəhər şərait şərt şəxs şirkət şöbə şura tarix tədbir
təhlükə təhlükəsizlik təhqiqat təkər təklif təmsilçi tənqid tərəf tərəfdaş təşkilat təyyarə ticarət
toplantı tribunal turizm uğur uşaq üzv vaxt vasitə vəzifə vəziyyət vətəndaş vilayət xalq xəbər xərc
xidmət yardım yekun yer yol yığıncaq zaman zəng zərbə zona ölkə ötən üsul ay il həmkar rəhbər dövlətçilik
sözçü söz söhbət telefon danışıq perspektiv fikir əsil əsilli diaspor narkotik orqan hüquq-mühafizə
istək mövcudluq kəlmə salam doğum cəlb üzr üzrxahlıq təqsirkar zərər zərərçəkən ailə kreml
cinayət iş qətnamə bəyannamə saziş protokol memorandum sərəncam fərman qanunvericilik parlament deputat
spiker seçici səsvermə referendum kabinet   silah raket dron mərmi hücum itki
yaralı ölü qurban qaçqın köçkün əsir girov  sülhməramlı əmlak mülkiyyət vergi
gömrük inflyasiya faiz dərəcə məzənnə valyuta ixracat idxalat bank kredit depozit sığorta büdcə
gəlir  qazanc zərər istehlak istehlakçı qiymət bazar birja neft qaz elektrik enerji su
torpaq  məhsul taxıl buğda pambıq üzüm meyvə tərəvəz kənd fermer sahibkar biznes
iqtisadiyyat iqtisadçı ekspert analitik tədqiqat universitet tələbə müəllim məktəb təhsil elm alim
xəstəxana həkim xəstə xəstəlik virus peyvənd pandemiya səhiyyə dərman idman futbol oyun komanda
klub çempionat turnir qələbə məğlubiyyət oyunçu məşqçi medal mükafat festival teatr kino film
mədəniyyət incəsənət musiqi yazıçı şair kitab qəzet jurnal sayt televiziya radio agentlik
xəbər müxbir redaktor media sosial şəbəkə internet texnologiya rəqəmsal kommunikasiya telefon
mobil operator avtomobil yol körpü tunel  liman  aeroport reys uçuş sərnişin
yük konteyner  layihə tikinti inşaat mənzil bina ev kirayə əmlak qəsəbə kənd şəhər
paytaxt mərkəz rayon bölgə ərazi sərhəd keçid məntəqə  səfir konsul konsulluq viza pasport
vətəndaşlıq miqrasiya miqrant qanun məhkəmə hakim vəkil prokurorluq istintaq ittiham hökm cəza
həbs azadlıq cərimə şikayət istefa iddia ərizə müraciət etiraz aksiya mitinq nümayiş tətil təqib
gün həftə ay il əsr dəqiqə saniyə səhər axşam gecə yaz yay payız qış bayram tarix dövr mərhələ
yanvar fevral mart aprel may iyun iyul avqust sentyabr noyabr dekabr
 çərşənbə cümə şənbə
`;

const verb = `
al apar ara at axtar başla bax bağla bil bildir bitir boğ çağır çalış  çək çıx çıxar danış de
daxil davam dayan dayandır deyil dinlə dön döyüş düş düşün düzəlt et eşit get gəl gətir gir gizlət göndər
gör görüş göstər götür gözlə həll hazırla hesabla işlə istə istifadə iştirak izlə keç keçir qal qalx qat
qatıl qaytar qazan qəbul qeyd qiymətləndir qoru qoy qur qurtar öyrən öl öldür ödə  ol oxu oyna sat
satın sax saxla seç sev sına sor sus sür süründür şərh tap tanı tap təbrik təmin təqdim təklif tələb tərk
tut uç unut uzat var vur ver vurğula yaz yarat yaran yarat yat ye yetiş yığ yoxla yüksəl zəng xatırla
imzala razılaş müzakirə açıqla bəyan bildir qınla etiraz pislə dəstəklə yardım göndər təhdid hədələ
toplaş yığış görüş danış razılaş anlaş barış saxla həbs cəzalandır azad  dindir araşdır
yoxla aşkarla  artır azal art düş dəyiş inkişaf gücləndir zəiflə yaxşılaş pisləş bərpa
tik aç bağla başlat qaldır endir gətir apar daşı köçür köç qayıt dön gəl get çat yetiş keç
vur atəş partla yandır dağıt məhv öldür yarala  öl  itir tap qazan uduz məğlub
təyin seç səs keçir təsdiqlə imzala ratifikasiya qəbul rədd et    
hiss fikirləş düşün inan güvən şübhələn qorx ümid arzula istə sev nifrət
cavablandır adlandır  gerçəkləşdir tanış müraciət qeydə salamlaş  sür 
çevir  yerləş yerləşdir    öyrən öyrət oxu yaz de söylə danış
dəy min şiş
`;

const adj = `
yeni köhnə böyük kiçik yaxşı pis çox az uzun qısa yüksək aşağı geniş dar güclü zəif
milli beynəlxalq xarici daxili yerli regional siyasi iqtisadi hərbi sosial mədəni rəsmi
mühüm vacib əsas əsaslı müsbət mənfi ciddi ağır yüngül tam yarım bütün digər başqa müxtəlif
müəyyən mövcud aktual qarşılıqlı ikitərəfli çoxtərəfli strateji birgə ümumi xüsusi əlavə son
ilk ikinci üçüncü keçmiş gələcək ötən növbəti cari illik aylıq gündəlik dövlət özəl
açıq qapalı azad müstəqil sabit təhlükəli təhlükəsiz sülhməramlı humanitar dinc
qırmızı yaşıl ağ qara mavi sarı gözəl çətin asan mümkün lazım zəruri hazır
var yox məlum naməlum yaxın uzaq aydın qeyri-qanuni qanuni səmimi
`;

const propn = `
azərbaycan rusiya türkiyə iran gürcüstan ermənistan qazaxıstan özbəkistan türkmənistan qırğızıstan
tacikistan ukrayna belarus moldova çin yaponiya koreya hindistan pakistan əfqanıstan iraq suriya
israil fələstin misir  qətər bəhreyn küveyt oman iordaniya livan liviya əlcəzair
mərakeş tunis almaniya fransa italiya ispaniya portuqaliya britaniya  niderland belçika
avstriya isveçrə polşa çexiya slovakiya macarıstan rumıniya bolqarıstan serbiya xorvatiya səudiyyə ərəbistan
yunanıstan kipr albaniya litva latviya estoniya finlandiya isveç norveç danimarka irlandiya
amerika kanada meksika braziliya argentina avstraliya afrika avropa asiya
bakı gəncə sumqayıt şuşa naxçıvan lənkəran şəki qəbələ xankəndi ağdam füzuli laçın kəlbəcər
moskva ankara istanbul tehran tbilisi yerevan kiyev kiyev minsk astana almatı daşkənd düşənbə aşqabad
bişkek pekin tokio dehli london paris berlin roma madrid vaşinqton nyu-york brüssel cenevrə
vyana varşava praqa budapeşt buxarest sofiya belqrad afina dubay ər-riyad doha abu-dabi qahirə
putin əliyev ərdoğan trump tramp bayden makron merts şolts zelenski lukaşenko tokayev mirziyoyev
rəhmon pezeşkian paşinyan kobaxidze lavrov bayramov peskov si 
kreml  bmt nato 
ilham mehriban heydər vladimir dmitri sergey recep emmanuel donald
xəzər qarabağ zəngəzur
`;

const closed = `
və ilə da də ki üçün görə sonra əvvəl qədər kimi isə amma lakin həm həmçinin ancaq yalnız artıq daha
çox hələ indi bəzən ya yaxud yoxsa həmin belə elə necə niyə nə hər heç bütün bəzi haqqında barədə dair
üzrə tərəfindən qarşı doğru yenə hətta yəni çünki əgər bəli xeyr deyil idi imiş ikən həmişə ən bax mu mü mı mi
bir iki üç dörd beş altı yeddi səkkiz doqquz on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan yüz
öncə qabaq tək hətta ilə birlikdə əsasən xüsusilə eyni zamanda habelə bəs axı
`;

/** Pronoun forms: lemma = the pronoun. */
function pronoun(lemma: string, forms: Record<string, Irregular["case"]>, plural = false): Record<string, Irregular> {
  const out: Record<string, Irregular> = {};
  for (const [f, c] of Object.entries(forms)) out[f] = { lemma, pos: "PRON", case: c, ...(plural ? { plural } : {}) };
  return out;
}

const irregular: Record<string, Irregular> = {
  ...pronoun("mən", { mən: "nom", mənim: "gen", mənə: "dat", məni: "acc", məndə: "loc", məndən: "abl", mənimlə: "ins" }),
  ...pronoun("sən", { sən: "nom", sənin: "gen", sənə: "dat", səni: "acc", səndə: "loc", səndən: "abl", səninlə: "ins" }),
  ...pronoun("o", { o: "nom", onun: "gen", ona: "dat", onu: "acc", onda: "loc", ondan: "abl", onunla: "ins" }),
  ...pronoun("o", { onlar: "nom", onların: "gen", onlara: "dat", onları: "acc", onlarda: "loc", onlardan: "abl", onlarla: "ins" }, true),
  ...pronoun("bu", { bu: "nom", bunun: "gen", buna: "dat", bunu: "acc", bunda: "loc", bundan: "abl", bununla: "ins" }),
  ...pronoun("bu", { bunlar: "nom", bunların: "gen", bunlara: "dat", bunları: "acc", bunlarda: "loc", bunlardan: "abl", bunlarla: "ins" }, true),
  ...pronoun("biz", { biz: "nom", bizim: "gen", bizə: "dat", bizi: "acc", bizdə: "loc", bizdən: "abl", bizimlə: "ins" }),
  ...pronoun("siz", { siz: "nom", sizin: "gen", sizə: "dat", sizi: "acc", sizdə: "loc", sizdən: "abl", sizinlə: "ins" }),
  ...pronoun("öz", { özü: "nom", özünün: "gen", özünə: "dat", özünü: "acc", özündə: "loc", özündən: "abl" }),
  ...pronoun("kim", { kim: "nom", kimin: "gen", kimə: "dat", kimi: "acc", kimdə: "loc", kimdən: "abl" }),
};
// "kimi" is far more often the postposition "like" than the accusative of "kim"
delete irregular.kimi;

export const stems = { noun, verb, adj, propn, closed, irregular };
