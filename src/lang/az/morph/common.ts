// Hand-written everyday vocabulary (our own list): frequent nouns, adjectives and verb stems of
// general Azerbaijani, so that common words are recognised as known stems. Lower case, nominative;
// verbs as bare stems.

const noun = `
 ana baba nənə  qardaş oğul  ər arvad həyat yoldaş dost qonşu uşaq körpə gənc qoca 
qadın oğlan ailə qohum əmi  xala  nəvə gəlin kürəkən ev otaq mətbəx həyət qapı pəncərə divar
dam pilləkən mərtəbə mənzil bina küçə meydan park bağ bağça kənd şəhər yol körpü maşın avtobus qatar
təyyarə  velosiped stol stul masa  şkaf divan xalça güzgü lampa saat telefon kompüter
televizor soyuducu pul qiymət bazar mağaza dükan market aptek bank poçt məktəb sinif dərs müəllim
şagird tələbə universitet kitab dəftər  kağız məktub qəzet jurnal şəkil rəsm mahnı musiqi kino
teatr oyun top idman futbol komanda qələbə yemək çörək su çay qəhvə süd  yağ ət balıq toyuq
yumurta düyü plov şorba şəkər duz bal meyvə alma armud üzüm nar ərik gilas albalı qarpız yemiş
pomidor xiyar kartof soğan sarımsaq kələm kök tərəvəz un buğda arpa taxıl paltar köynək şalvar
 papaq palto corab çanta baş üz göz qulaq burun ağız dil diş boyun əl barmaq ayaq diz
bel ürək qan saç dəri  sağlamlıq xəstəlik həkim xəstəxana dərman ağrı gün gecə səhər axşam
günorta həftə ay il əsr vaxt zaman dəqiqə saniyə saat bayram tətil yaz yay payız qış hava yağış qar
külək günəş buz bulud ulduz göy yer dünya dəniz çay göl dağ meşə ağac gül ot torpaq daş qum səhra
 sahil heyvan it pişik at inək  keçi quş toyuq ilan ayı canavar tülkü dovşan aslan balıq
iş işçi peşə sənət usta sürücü satıcı alıcı polis əsgər zabit hakim vəkil mühəndis alim yazıçı şair
rəssam aktyor müğənni jurnalist müxbir ad soyad yaş ürək fikir söz cümlə sual cavab xəbər məlumat
səs rəng forma  say rəqəm hərf dil xalq millət vətən torpaq sərhəd dövlət hökumət prezident
nazir deputat partiya seçki qanun hüquq azadlıq müstəqillik sülh müharibə döyüş qoşun ordu silah
sərvət neft qaz enerji elektrik işıq od istilik soyuq isti qaranlıq səs-küy sevinc kədər qorxu ümid
 istək sevgi nifrət həqiqət yalan doğru səhv xəta problem çətinlik imkan şans bəxt tale ölüm
doğum toy yas qonaq hədiyyə bayram tarix mədəniyyət din məscid kilsə allah tanrı ruh can nəfəs
hiss duyğu ağıl zəka bilik savad təhsil elm texnika maşın alət material  qızıl gümüş mis
taxta şüşə plastik parça ip kağız qutu çanta zənbil boşqab qaşıq çəngəl bıçaq stəkan fincan 
soba ocaq tüstü kül  benzin  mədən zavod fabrik sex məhsul mal yük nəqliyyat liman
stansiya vağzal aeroport bilet pasport sənəd imza möhür ərizə arayış şəhadətnamə diplom mükafat
medal kubok yarış çempion rekord məşq oyunçu hakim tamaşaçı azarkeş stadion zal səhnə film rol
kadr ekran radio internet sayt səhifə  plan layihə proqram sistem şəbəkə xidmət 
istifadəçi abunəçi qeydiyyat hesab borc kredit faiz maaş pensiya vergi gəlir xərc qənaət büdcə
iqtisadiyyat ticarət biznes şirkət sahibkar rəhbər müdir işəgötürən həmkar kollektiv təşkilat
birlik cəmiyyət icma əhali sakin vətəndaş qaçqın köçkün miqrant turist səyahət səfər ziyarət
görüş söhbət danışıq müzakirə mübahisə razılıq razılaşma saziş müqavilə şərt tələb xahiş təklif
məsləhət göstəriş əmr qərar fərman hökm cəza məhkəmə həbsxana cinayət oğru qatil qurban şahid
dəlil sübut səbəb nəticə məqsəd vasitə üsul yol addım hərəkət fəaliyyət iştirak rol yer mövqe
vəziyyət şərait hal hadisə qəza yanğın zəlzələ daşqın fəlakət xilas kömək yardım dəstək qayğı
diqqət maraq həvəs səbir inam etibar şübhə sirr məsələ mövzu fikir baxış rəy münasibət əlaqə
`;

const adj = `
yaxşı pis gözəl çirkin böyük kiçik uzun qısa hündür alçaq geniş dar qalın nazik ağır yüngül
isti soyuq təzə köhnə yeni gənc qoca cavan xoşbəxt bədbəxt şad kədərli sağlam xəstə güclü zəif
tez gec erkən asan çətin sadə mürəkkəb ucuz baha zəngin kasıb varlı yoxsul dolu boş açıq qapalı
təmiz çirkli quru yaş acı şirin turş duzlu dadlı ağ qara qırmızı yaşıl sarı mavi göy boz qəhvəyi
çəhrayı narıncı bənövşəyi parlaq tünd açıq doğru düz səhv yalan əsl saxta həqiqi sakit səsli
yavaş sürətli iti kor kar lal ağıllı axmaq gözəl mehriban sərt yumşaq bərk dərin dayaz uzaq yaxın
`;

const verb = `
al apar at bax bil bit bağla başla çalış çək çıx danış de dur düş düşün et eşit gəl get gör göstər
gətir göndər götür gül ağla gülümsə iç ye yat oyan otur qalx qaç uç üz sür qoy qal qayıt
dön tap itir ver sat  yaz oxu öyrən öyrət anla bağışla sev istə gözlə soruş cavablandır
çağır  işlə oyna oxu çal  geyin soyun yuyun yu təmizlə bişir doğra kəs tik qur sök yıx
yandır söndür aç bağla doldur boşalt daşı qaldır endir it çək sil ödə  xərclə topla yığ seç
ayır birləş birləşdir qarış qarışdır dəyiş dəyişdir artır azalt böyü kiçil uzat qısalt bitir
başlat davam dayan dayandır gözlə tələs gecik unut xatırla  saxla saxla qoru  
vur öldür öl yaşa doğ böyüt bəslə yedirt içir gəz dolaş keç keçir ötür çat yetiş çatdır bildir
 soruş söylə de danış  göstər  inan güvən şübhələn qorx utan sevin kədərlən
əsəbiləş  hirslən barış küs  incit ağrı yorul dincəl  yat oyan yuxula
düşün fikirləş qərar ver   et  hazırla planla    yönəlt
`;

export const common = { noun, adj, verb };
