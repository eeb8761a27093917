package io.newsflow.enrich.metadata;

import java.util.List;

/** The Latin-script language profiles {@link LanguageDetector} scores against, as data. */
final class LanguageProfiles {

    static final List<LanguageProfile> LATIN = List.of(
            LanguageProfile.of("de",
                    "der die das und ist nicht ein eine einen einem einer mit auf für von zu den dem des sich auch im"
                            + " wird werden wurde sind war hat haben nach bei aus wie noch nur oder aber über wenn dass"
                            + " vor schon ich sie er wir mehr kann zum zur seine seit dieser diese gegen unter soll",
                    "ßäöü",
                    "sch ich cht ung _ge ein eit ück ach auf _zu hen ier rei gen iel _ve _be"),
            LanguageProfile.of("en",
                    "the and of to is that for it with as was on be by at are this from have has had not but which"
                            + " they their been were will would or its he she his her who said after more also about"
                            + " than into over can could should our you we",
                    "",
                    "_th the he_ ing ed_ ly_ _wh ght ay_ ow_ _of of_ oul wit ear dge our wo_ ous igh"),
            LanguageProfile.of("fr",
                    "le la les et des est un une du pour que qui dans pas sur au aux ne se plus par avec il elle ce"
                            + " cette sont ont été mais comme ou leur lui nous vous était avait selon aussi sa son ses"
                            + " être fait d l qu",
                    "éèêàçœùâîôë",
                    "que _qu ux_ ait eau ées és_ ée_ ois ent ité eur _pr ons"),
            LanguageProfile.of("es",
                    "el la los las y de que en un una es por con para del se no al lo como más pero sus su ha fue son"
                            + " está este esta entre también sobre desde cuando muy sin hasta había ser donde porque ya",
                    "ñáíóú¿¡",
                    "ión ció ado ada os_ as_ _el ero ien dad nte _co"),
            LanguageProfile.of("it",
                    "il la le di che è un una per non con del della delle dei degli nel nella sono ha alla al anche"
                            + " come più ma si lo gli da questo questa essere stato dopo ancora tra sul",
                    "àèìòù",
                    "che zio gli ell lla ato tto ett _di tà_ zza cci ent one"),
            LanguageProfile.of("nl",
                    "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij door maar heeft"
                            + " naar werd wordt uit nog dan over tegen hun deze worden zou kan geen",
                    "",
                    "ij_ ijk aar oor _he het _va van ee_ aan lij ijn _ee sch"),
            LanguageProfile.of("pt",
                    "o a os as e de do da dos das em no na nos nas um uma que é para com por não se ao mais como mas"
                            + " foi são está pelo pela também seu sua entre quando já ter muito",
                    "ãõçáéíóúâêô",
                    "ção ões ão_ nha lho ado ida _nã em_ ais _do _qu"),
            LanguageProfile.of("pl",
                    "i w na z że się do nie jest to o jak ale od za po przez oraz jego jej są być był była przy dla"
                            + " tak tylko też który która które już może ze co",
                    "ąćęłńśźż",
                    "prz rzy szy ych ego owa wie cze ści ie_ ów_ ać_"),
            LanguageProfile.of("sv",
                    "och i att det som en är på för med av till den inte har de om ett var jag han hon men sig från"
                            + " vi så kan efter också eller när ska skulle vid",
                    "åäö",
                    "och för att ska lig igt _fö tt_ ade ing nin ten"),
            LanguageProfile.of("da",
                    "og i at det som en er på for med af til den ikke har de om et var jeg han hun men sig fra vi så"
                            + " kan efter også eller når skal skulle ved",
                    "æøå",
                    "ikk ke_ ede hed _og og_ ere els lse ige _af ter"),
            LanguageProfile.of("tr",
                    "ve bir bu da de için ile olarak olan çok daha gibi ama en ne kadar sonra her şey değil var yok"
                            + " ise mi mı ben sen o biz onlar göre ilk yeni",
                    "çğışöü",
                    "lar ler yor dır ası esi ını nin nın ile lık lik"),
            LanguageProfile.of("ro",
                    "și în de la cu pe care să nu este sunt din pentru mai au fost un o ca dar sau ce a al ale lui"
                            + " acest această după prin până între când fi va",
                    "ăâîșțş",
                    "ul_ ea_ lor _și _în are ște ție ii_ _de ent _pe"),
            LanguageProfile.of("cs",
                    "a je v na se že to s z do o k by jako ale jsou byl byla bylo pro jeho její které který která"
                            + " také podle po při už jen když nebo tak již",
                    "ěščřžýůťďň",
                    "ní_ _př pro ost ých ého ení sti _po _za ova _ne"),
            LanguageProfile.of("hu",
                    "a az és hogy nem is egy de van volt meg csak már ez azt mint pedig vagy után még lesz kell"
                            + " szerint között ki be fel el sem",
                    "őűáéíóöúü",
                    "sze egy ett tt_ ak_ ek_ nak nek _me _hi ben ban _ke"),
            LanguageProfile.of("fi",
                    "ja on ei se että oli ovat mutta hän myös kun tai jo vain kuin sen tämä joka mukaan ole olla"
                            + " kanssa jälkeen nyt vielä",
                    "äö",
                    "en_ an_ ssa ssä sta stä ist ais lla llä tta _ja een ään"),
            LanguageProfile.of("id",
                    "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena sudah"
                            + " bisa mereka kami saat telah menjadi atau",
                    "",
                    "ang ng_ kan an_ _me men eng ah_ nya _di ter ber"));

    private LanguageProfiles() {}
}
