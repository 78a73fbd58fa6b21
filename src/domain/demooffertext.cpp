// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "demodata_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Pathway::Demo {

namespace {

/** The demo local offer in each shipped language: item key -> [title, description, how to get it]. */
struct Translation
{
    QLatin1StringView language;
    const char16_t *json;
};

// clang-format off
constexpr Translation Translations[] = {
    {"ar"_L1, uR"json({"pa_to_21":["مرشد شخصي حتى سن 21","مرشدك موجود من أجلك. يساعدك في خطتك والمال والسكن والكلية والعمل. ويبقى على تواصل معك.","لا تحتاج أن تطلب. إذا لم يكن لديك مرشد، اتصل بفريق مغادري الرعاية."],
"pa_to_25":["مرشد شخصي حتى سن 25، إذا طلبت","بعد 21 يمكنك أن يبقى لك مرشد حتى سن 25. فقط اطلب. يمكنك أن تقول نعم الآن ولا لاحقًا.","أخبر مرشدك أو اتصل بفريق مغادري الرعاية وقل إنك تريد مرشدًا حتى 25."],
"pathway_plan":["خطتك","خطتك تقول ماذا تريد، ومن سيساعدك، ومتى. أنت تساعد في كتابتها. وتُراجَع مرة كل 6 أشهر على الأقل.","يكتبها مرشدك معك. اطلب مراجعة في أي وقت."],
"he_bursary":["منحة التعليم العالي","2000 جنيه منّا إذا ذهبت إلى الجامعة. وهذا فوق تمويل الطلاب.","أخبر مرشدك عندما تحصل على مقعدك في الجامعة. ندفعها على أجزاء خلال دراستك."],
"bursary_16_19":["منحة 16-19","حتى 1200 جنيه في السنة إذا كان عمرك بين 16 و19 وكنت في المدرسة أو الكلية.","اسأل مكتب دعم الطلاب في مدرستك أو كليتك. يمكن لمرشدك أن يساعدك في الاستمارة."],
"setting_up_home":["بدل تأسيس البيت","3000 جنيه على الأقل لشراء ما تحتاجه لبيتك الأول: سرير، موقد، ثلاجة، قدور ومقالٍ.","يكتب مرشدك قائمة معك قبل أن تنتقل ويطلب الأشياء التي تحتاجها."],
"staying_put":["البقاء مع عائلتك الحاضنة","يمكنك أن تبقى مع عائلتك الحاضنة بعد 18، حتى سن 21، إذا اتفقتم جميعًا.","تحدّث مع مرشدك ومع عائلتك الحاضنة قبل عيد ميلادك الثامن عشر."],
"vacation_accommodation":["مكان للإقامة في عطل الجامعة","إذا كنت في الجامعة وليس لديك مكان تذهب إليه في العطل، نساعدك في إيجاد مكان والدفع له.","أخبر مرشدك قبل بدء العطلة بـ 4 أسابيع على الأقل."],
"council_tax":["لا ضريبة مجلس حتى سن 25","إذا استأجرت بيتك في نورثبروك، لا تدفع ضريبة المجلس حتى سن 25.","يرسل مرشدك رسالة مغادرة الرعاية إلى مكتب ضريبة المجلس. لا تحتاج لملء استمارة."],
"housing_band1":["أولوية السكن من الدرجة الأولى","تحصل على أعلى أولوية لبيوت المجلس وجمعيات الإسكان حتى سن 21.","يساعدك مرشدك في التسجيل في قائمة السكن ويضيف رسالة مغادرة الرعاية."],
"driving_lessons":["دروس القيادة","ندفع ثمن 10 دروس قيادة واختبار النظري.","احصل على رخصة القيادة المؤقتة أولًا. ثم اسأل مرشدك. ندفع لمدرسة القيادة مباشرة."],
"provisional_licence":["رخصة القيادة المؤقتة","ندفع ثمن رخصة القيادة المؤقتة. وهي أيضًا هوية جيدة بصورة.","اسأل مرشدك. يساعدك في ملء الاستمارة على الإنترنت ونحن ندفع."],
"passport":["تكاليف جواز السفر","ندفع ثمن أول جواز سفر للبالغين والصور.","اسأل مرشدك. تحتاج شهادة ميلادك الكاملة. يمكن لمرشدك أن يساعدك في الحصول عليها."],
"birthday_money":["مال عيد الميلاد","50 جنيهًا في عيد ميلادك كل سنة حتى سن 25.","لا تحتاج أن تطلب. تصل إلى حسابك البنكي في أسبوع عيد ميلادك."],
"laptop":["حاسوب محمول للدراسة","حاسوب محمول لك إذا كنت في المدرسة أو الكلية أو الجامعة.","اسأل مرشدك. قد تحتاج كليتك أو مدرستك أن تؤكد مقعدك."],
"leisure_pass":["بطاقة ترفيه مجانية","سباحة ونادٍ رياضي وحصص مجانية في كل مراكز الترفيه في نورثبروك حتى سن 25.","أظهر رسالة مغادرة الرعاية في مكتب أي مركز ترفيه."],
"gym_membership":["اشتراك النادي الرياضي","استُبدل ببطاقة الترفيه المجانية في هذه النسخة من العرض.","استخدم بطاقة الترفيه بدلًا منه."],
"interview_clothes":["ملابس للمقابلات","حتى 100 جنيه لملابس مقابلة عمل.","أخبر مرشدك عن المقابلة. يمكنه أن يذهب معك للتسوق أو يعطيك قسيمة."],
"travel_new_job":["المواصلات إلى عمل جديد","ندفع ثمن الحافلة أو القطار في أول شهر لك في عمل جديد.","أرِ مرشدك رسالة عرض العمل. نشتري لك تذكرة شهرية."],
"drop_in_hub":["المركز: تعال دون موعد","تعال للمساعدة والطعام والواي فاي والحديث. مفتوح من 09:30 إلى 17:00، من الاثنين إلى الجمعة. في عطلة نهاية الأسبوع مرشد متاح على الهاتف.","فقط تعال. المركز في 12 ماركت ستريت، نورثبروك."],
"discretionary_fund":["مساعدة في الطوارئ","مال لأشياء تحتاجها حقًا ولا تستطيع دفع ثمنها، مثل موقد معطّل أو تأمين سكن.","اسأل مرشدك. يقرر مدير خلال يومي عمل."]})json"},
    {"fa"_L1, uR"json({"pa_to_21":["مشاور شخصی تا ۲۱ سالگی","مشاورت برای توست. در برنامه‌ات، پول، مسکن، کالج و کار کمکت می‌کند. و با تو در تماس می‌ماند.","لازم نیست درخواست کنی. اگر مشاور نداری، به تیم ترک سرپرستی زنگ بزن."],
"pa_to_25":["مشاور شخصی تا ۲۵ سالگی، اگر بخواهی","بعد از ۲۱ سالگی هم می‌توانی تا ۲۵ سالگی مشاور داشته باشی. فقط بخواه. می‌توانی الان بله بگویی و بعداً نه.","به مشاورت بگو یا به تیم ترک سرپرستی زنگ بزن و بگو تا ۲۵ سالگی مشاور می‌خواهی."],
"pathway_plan":["برنامهٔ تو","برنامه‌ات می‌گوید چه می‌خواهی، چه کسی کمک می‌کند و تا کی. تو هم در نوشتنش کمک می‌کنی. دست‌کم هر ۶ ماه بررسی می‌شود.","مشاورت آن را با تو می‌نویسد. هر وقت خواستی درخواست بازبینی کن."],
"he_bursary":["کمک‌هزینهٔ تحصیلات عالی","۲۰۰۰ پوند از ما اگر به دانشگاه بروی. این علاوه بر وام دانشجویی است.","وقتی در دانشگاه پذیرفته شدی به مشاورت بگو. آن را در چند قسط در طول دوره‌ات می‌پردازیم."],
"bursary_16_19":["کمک‌هزینهٔ ۱۶ تا ۱۹","تا ۱۲۰۰ پوند در سال اگر ۱۶ تا ۱۹ ساله هستی و در مدرسه یا کالج.","از دفتر پشتیبانی دانشجویان مدرسه یا کالجت بپرس. مشاورت می‌تواند در فرم کمکت کند."],
"setting_up_home":["کمک‌هزینهٔ راه‌اندازی خانه","دست‌کم ۳۰۰۰ پوند برای خرید چیزهایی که برای اولین خانه‌ات لازم داری: تخت، اجاق، یخچال، قابلمه و ماهیتابه.","مشاورت پیش از جابه‌جایی با تو فهرستی می‌نویسد و چیزهای لازم را سفارش می‌دهد."],
"staying_put":["ماندن نزد خانوادهٔ سرپرستت","اگر همه موافق باشید، می‌توانی بعد از ۱۸ سالگی تا ۲۱ سالگی نزد خانوادهٔ سرپرستت بمانی.","پیش از تولد ۱۸ سالگی‌ات با مشاورت و خانوادهٔ سرپرستت صحبت کن."],
"vacation_accommodation":["جایی برای ماندن در تعطیلات دانشگاه","اگر دانشجو هستی و در تعطیلات جایی برای رفتن نداری، در پیدا کردن و پرداخت هزینهٔ جایی برای ماندن کمکت می‌کنیم.","دست‌کم ۴ هفته پیش از شروع تعطیلات به مشاورت بگو."],
"council_tax":["بدون مالیات شورا تا ۲۵ سالگی","اگر در نورث‌بروک خانه اجاره کنی، تا ۲۵ سالگی مالیات شورا نمی‌پردازی.","مشاورت نامهٔ ترک سرپرستی‌ات را به دفتر مالیات شورا می‌فرستد. لازم نیست فرمی پر کنی."],
"housing_band1":["اولویت مسکن درجهٔ یک","تا ۲۱ سالگی بالاترین اولویت را برای خانه‌های شورا و انجمن‌های مسکن داری.","مشاورت کمکت می‌کند در فهرست مسکن ثبت‌نام کنی و نامهٔ ترک سرپرستی‌ات را اضافه می‌کند."],
"driving_lessons":["کلاس رانندگی","هزینهٔ ۱۰ جلسه رانندگی و آزمون آیین‌نامه را می‌دهیم.","اول گواهینامهٔ موقت بگیر. بعد از مشاورت بپرس. ما مستقیم به آموزشگاه رانندگی پول می‌دهیم."],
"provisional_licence":["گواهینامهٔ رانندگی موقت","هزینهٔ گواهینامهٔ موقت را می‌دهیم. این یک کارت شناسایی عکس‌دار خوب هم هست.","از مشاورت بپرس. در پر کردن فرم آنلاین کمکت می‌کند و ما پول را می‌دهیم."],
"passport":["هزینهٔ گذرنامه","هزینهٔ اولین گذرنامهٔ بزرگسالی و عکس‌ها را می‌دهیم.","از مشاورت بپرس. شناسنامهٔ کاملت را لازم داری. مشاورت می‌تواند در گرفتنش کمکت کند."],
"birthday_money":["پول تولد","هر سال در روز تولدت ۵۰ پوند، تا ۲۵ سالگی.","لازم نیست درخواست کنی. در هفتهٔ تولدت به حساب بانکی‌ات واریز می‌شود."],
"laptop":["لپ‌تاپ برای درس","یک لپ‌تاپ مال خودت اگر در مدرسه، کالج یا دانشگاه هستی.","از مشاورت بپرس. شاید کالج یا مدرسه‌ات لازم باشد جایت را تأیید کند."],
"leisure_pass":["کارت تفریحی رایگان","شنا، باشگاه و کلاس‌های رایگان در همهٔ مراکز تفریحی نورث‌بروک تا ۲۵ سالگی.","نامهٔ ترک سرپرستی‌ات را به پیشخوان هر مرکز تفریحی نشان بده."],
"gym_membership":["عضویت باشگاه","در این نسخه از خدمات، کارت تفریحی رایگان جایش را گرفته است.","به جای آن از کارت تفریحی استفاده کن."],
"interview_clothes":["لباس برای مصاحبه","تا ۱۰۰ پوند برای لباس مصاحبهٔ کاری.","دربارهٔ مصاحبه به مشاورت بگو. می‌تواند با تو به خرید بیاید یا به تو بن خرید بدهد."],
"travel_new_job":["رفت‌وآمد به کار تازه","هزینهٔ اتوبوس یا قطار را در اولین ماه کار تازه‌ات می‌دهیم.","نامهٔ پیشنهاد کار را به مشاورت نشان بده. برایت بلیت ماهانه می‌خریم."],
"drop_in_hub":["مرکز: بدون وقت قبلی","برای کمک، غذا، وای‌فای و گپ زدن بیا. باز از ۰۹:۳۰ تا ۱۷:۰۰، دوشنبه تا جمعه. آخر هفته‌ها یک مشاور تلفنی در دسترس است.","فقط بیا. مرکز در شمارهٔ ۱۲ خیابان مارکت، نورث‌بروک است."],
"discretionary_fund":["کمک در شرایط اضطراری","پول برای چیزهایی که واقعاً لازم داری و نمی‌توانی هزینه‌اش را بدهی، مثل اجاق خراب یا ودیعهٔ خانه.","از مشاورت بپرس. یک مدیر ظرف ۲ روز کاری تصمیم می‌گیرد."]})json"},
    {"ps"_L1, uR"json({"pa_to_21":["شخصي سلاکار تر ۲۱ کلنۍ","ستا سلاکار ستا لپاره دلته دی. ستا په پلان، پیسو، کور، کالج او کار کې مرسته کوي. او له تا سره په اړیکه کې پاتې کیږي.","غوښتنې ته اړتیا نشته. که سلاکار نلرې، د پالنې پرېښودونکو ټیم ته زنګ ووهه."],
"pa_to_25":["شخصي سلاکار تر ۲۵ کلنۍ، که یې وغواړې","له ۲۱ کلنۍ وروسته هم تر ۲۵ کلنۍ سلاکار لرلی شې. یوازې یې وغواړه. اوس هو او وروسته نه ویلی شې.","خپل سلاکار ته ووایه یا د پالنې پرېښودونکو ټیم ته زنګ ووهه او ووایه چې تر ۲۵ کلنۍ سلاکار غواړې."],
"pathway_plan":["ستا پلان","ستا پلان وایي چې ته څه غواړې، څوک به مرسته کوي، او تر کله. ته یې په لیکلو کې مرسته کوې. لږ تر لږه هرو ۶ میاشتو کې کتل کیږي.","ستا سلاکار یې له تا سره لیکي. هر وخت د بیاکتنې غوښتنه وکړه."],
"he_bursary":["د لوړو زده کړو مرسته","که پوهنتون ته لاړ شې، له موږ ۲۰۰۰ پونډه. دا د زده کوونکي له پور سربېره ده.","کله چې پوهنتون کې ځای ترلاسه کړې خپل سلاکار ته ووایه. موږ یې ستا د کورس په اوږدو کې په برخو ورکوو."],
"bursary_16_19":["د ۱۶-۱۹ مرسته","په کال کې تر ۱۲۰۰ پونډو، که ۱۶ تر ۱۹ کلن یې او ښوونځي یا کالج کې یې.","د خپل ښوونځي یا کالج د زده کوونکو د ملاتړ دفتر وپوښته. ستا سلاکار په فورمه کې مرسته کولی شي."],
"setting_up_home":["د کور جوړولو مرسته","لږ تر لږه ۳۰۰۰ پونډه د هغو شیانو لپاره چې لومړي کور ته یې اړتیا لرې: کټ، اشپزخانې اور، یخچال، کټوي او لوښي.","ستا سلاکار له کډې مخکې له تا سره لست جوړوي او اړین شیان فرمایي."],
"staying_put":["له خپلې پالونکې کورنۍ سره پاتې کېدل","که ټول موافق یاست، له ۱۸ کلنۍ وروسته تر ۲۱ کلنۍ له خپلې پالونکې کورنۍ سره پاتې کېدای شې.","له ۱۸مې کلیزې مخکې له خپل سلاکار او پالونکې کورنۍ سره خبرې وکړه."],
"vacation_accommodation":["د پوهنتون په رخصتیو کې د اوسېدو ځای","که پوهنتون کې یې او په رخصتیو کې د تلو ځای نلرې، موږ د ځای په موندلو او پیسو ورکولو کې مرسته کوو.","د رخصتۍ له پیل لږ تر لږه ۴ اونۍ مخکې خپل سلاکار ته ووایه."],
"council_tax":["تر ۲۵ کلنۍ د شورا مالیه نشته","که په نارتبروک کې خپل کور کرایه کړې، تر ۲۵ کلنۍ د شورا مالیه نه ورکوې.","ستا سلاکار ستا د پالنې پرېښودو لیک د شورا مالیې دفتر ته لیږي. فورمې ډکولو ته اړتیا نشته."],
"housing_band1":["د کور لومړی لومړیتوب","تر ۲۱ کلنۍ د شورا او د کور ټولنو کورونو لپاره تر ټولو لوړ لومړیتوب لرې.","ستا سلاکار د کور په لست کې ستا نوم لیکنه کې مرسته کوي او ستا د پالنې پرېښودو لیک ورسره اضافه کوي."],
"driving_lessons":["د موټر چلولو درسونه","د ۱۰ درسونو او د تیوري ازموینې پیسې ورکوو.","لومړی لنډمهاله جواز واخله. بیا له سلاکار وپوښته. موږ پیسې مستقیم د چلولو ښوونځي ته ورکوو."],
"provisional_licence":["لنډمهاله د موټر چلولو جواز","د لنډمهاله جواز پیسې ورکوو. دا د عکس سره ښه پېژندپاڼه هم ده.","له سلاکار وپوښته. هغه په آنلاین فورمه کې مرسته کوي او موږ پیسې ورکوو."],
"passport":["د پاسپورټ لګښت","ستا د لومړي لوی پاسپورټ او عکسونو پیسې ورکوو.","له سلاکار وپوښته. بشپړ د زیږون سند ته اړتیا لرې. سلاکار یې په اخیستلو کې مرسته کولی شي."],
"birthday_money":["د کلیزې پیسې","هر کال په کلیزه ۵۰ پونډه تر ۲۵ کلنۍ.","غوښتنې ته اړتیا نشته. ستا د کلیزې په اونۍ کې بانکي حساب ته درځي."],
"laptop":["د زده کړې لپاره لپټاپ","ستا خپل لپټاپ که ښوونځي، کالج یا پوهنتون کې یې.","له سلاکار وپوښته. ښایي ستا کالج یا ښوونځی ستا ځای تایید کړي."],
"leisure_pass":["وړیا تفریحي کارت","تر ۲۵ کلنۍ د نارتبروک په ټولو تفریحي مرکزونو کې وړیا لامبو، جم او ټولګي.","د پالنې پرېښودو لیک په هر تفریحي مرکز کې وښیه."],
"gym_membership":["د جم غړیتوب","د خدمتونو په دې نسخه کې د وړیا تفریحي کارت سره بدل شوی.","پر ځای یې تفریحي کارت وکاروه."],
"interview_clothes":["د مرکې لپاره جامې","د کار مرکې جامو لپاره تر ۱۰۰ پونډو.","سلاکار ته د مرکې په اړه ووایه. هغه ستا سره بازار ته تلی شي یا ووچر درکولی شي."],
"travel_new_job":["نوې دندې ته تګ راتګ","په نوې دنده کې د لومړۍ میاشتې د بس یا اورګاډي پیسې ورکوو.","د دندې وړاندیز لیک سلاکار ته وښیه. موږ درته میاشتنی ټکټ اخلو."],
"drop_in_hub":["مرکز: بې له وخته راشه","د مرستې، خوړو، وای فای او خبرو لپاره راشه. له ۰۹:۳۰ تر ۱۷:۰۰، دوشنبې تر جمعې خلاص دی. د اونۍ په پای کې یو سلاکار په تلیفون کې شته.","یوازې راشه. مرکز د مارکیټ سړک ۱۲ کې، نارتبروک کې دی."],
"discretionary_fund":["په بیړني حالت کې مرسته","د هغو شیانو لپاره پیسې چې واقعاً ورته اړتیا لرې او پیسې یې نشې ورکولی، لکه مات شوی اور یا د کور ضمانت.","له سلاکار وپوښته. یو مدیر په ۲ کاري ورځو کې پرېکړه کوي."]})json"},
    {"ti"_L1, uR"json({"pa_to_21":["ውልቃዊ ኣማኻሪ ክሳብ 21 ዓመት","ኣማኻሪኻ ንዓኻ ኣሎ። ኣብ መደብካ፣ ገንዘብ፣ መንበሪ፣ ኮለጅን ስራሕን ይሕግዘካ። ምሳኻ ድማ ይራኸብ።","ክትሓትት ኣየድልየካን። ኣማኻሪ እንተ ዘይብልካ፣ ናብ ጉጅለ ካብ ክንክን ዝወጹ ደውል።"],
"pa_to_25":["ውልቃዊ ኣማኻሪ ክሳብ 25 ዓመት፣ እንተ ሓቲትካ","ድሕሪ 21 ዓመት'ውን ክሳብ 25 ኣማኻሪ ክህልወካ ይኽእል። ሕተት ጥራይ። ሕጂ እወ ጸኒሕካ ድማ ኣይፋል ክትብል ትኽእል።","ንኣማኻሪኻ ንገሮ ወይ ናብ ጉጅለ ካብ ክንክን ዝወጹ ደውል፣ ክሳብ 25 ኣማኻሪ ከም እትደሊ ድማ ንገሮም።"],
"pathway_plan":["መደብካ","መደብካ እንታይ ከም እትደሊ፣ መን ከም ዝሕግዝ፣ ክሳብ መዓስ ድማ ይገልጽ። ንስኻ ኣብ ምጽሓፉ ትሕግዝ። እንተ ወሓደ ኣብ 6 ኣዋርሕ ሓደ ግዜ ይርአ።","ኣማኻሪኻ ምሳኻ ይጽሕፎ። ኣብ ዝኾነ ግዜ ምርመራ ሕተት።"],
"he_bursary":["ሓገዝ ላዕለዋይ ትምህርቲ","ናብ ዩኒቨርሲቲ እንተ ኸድካ ካባና £2,000። እዚ ብተወሳኺ ናይ ተምሃሮ ሓገዝ ገንዘብ እዩ።","ቦታ ዩኒቨርሲቲ ምስ ረኸብካ ንኣማኻሪኻ ንገሮ። ኣብ ግዜ ትምህርትኻ ብኽፋላት ንኸፍሎ።"],
"bursary_16_19":["ሓገዝ 16-19","ካብ 16 ክሳብ 19 ዓመት ኮይንካ ኣብ ቤት ትምህርቲ ወይ ኮለጅ እንተ ሃሊኻ፣ ኣብ ዓመት ክሳብ £1,200።","ንቤት ጽሕፈት ደገፍ ተምሃሮ ናይ ቤት ትምህርትኻ ወይ ኮለጅካ ሕተት። ኣማኻሪኻ ኣብ ቅጥዒ ክሕግዘካ ይኽእል።"],
"setting_up_home":["ሓገዝ ምድላው ገዛ","ንቀዳማይ ገዛኻ ዘድልየካ ንምዕዳግ እንተ ወሓደ £3,000: ዓራት፣ መኽሸኒ፣ ፍሪጅ፣ ድስትታትን መቐለውታትን።","ኣማኻሪኻ ቅድሚ ምግዓዝካ ምሳኻ ዝርዝር ይሰርሕ፣ ዘድልዩኻ ነገራት ድማ ይእዝዝ።"],
"staying_put":["ምስ ኣላዪ ስድራኻ ምጽናሕ","ኩልኹም እንተ ተሰማሚዕኩም፣ ድሕሪ 18 ክሳብ 21 ዓመት ምስ ኣላዪ ስድራኻ ክትጸንሕ ትኽእል።","ቅድሚ 18 ዓመት ልደትካ ምስ ኣማኻሪኻን ኣላዪ ስድራኻን ተዘራረብ።"],
"vacation_accommodation":["ኣብ ዕረፍቲ ዩኒቨርሲቲ መጽንሒ ቦታ","ኣብ ዩኒቨርሲቲ ኮይንካ ኣብ ዕረፍቲ እትኸደሉ እንተ ዘይብልካ፣ መጽንሒ ቦታ ክትረክብን ክንከፍለሉን ንሕግዘካ።","ዕረፍቲ ቅድሚ ምጅማሩ እንተ ወሓደ 4 ሰሙን ንኣማኻሪኻ ንገሮ።"],
"council_tax":["ክሳብ 25 ዓመት ግብሪ ምምሕዳር የለን","ኣብ Northbrook ናትካ ገዛ እንተ ተኻረኻ፣ ክሳብ 25 ዓመት ግብሪ ምምሕዳር ኣይትኸፍልን።","ኣማኻሪኻ ደብዳበ ምውጻእ ካብ ክንክን ናብ ቤት ጽሕፈት ግብሪ ይሰድዶ። ቅጥዒ ክትመልእ ኣየድልየካን።"],
"housing_band1":["ቀዳማይ ደረጃ ቀዳምነት ገዛ","ክሳብ 21 ዓመት ንገዛውቲ ምምሕዳርን ማሕበራት ገዛን እቲ ዝለዓለ ቀዳምነት ትረክብ።","ኣማኻሪኻ ኣብ ዝርዝር ገዛ ክትምዝገብ ይሕግዘካ፣ ደብዳበ ምውጻእ ካብ ክንክን ድማ ይውስኽ።"],
"driving_lessons":["ትምህርቲ መኪና","ን10 ትምህርቲ መኪናን ፈተና ቲዮሪን ንኸፍል።","መጀመርያ ግዝያዊ መንጃ ፍቓድ ውሰድ። ድሕሪኡ ንኣማኻሪኻ ሕተት። ንቤት ትምህርቲ መኪና ብቐጥታ ንኸፍል።"],
"provisional_licence":["ግዝያዊ መንጃ ፍቓድ","ግዝያዊ መንጃ ፍቓድካ ንኸፍል። ጽቡቕ መንነት ብስእሊ'ውን እዩ።","ንኣማኻሪኻ ሕተት። ኣብ ኦንላይን ቅጥዒ ይሕግዘካ፣ ንሕና ንኸፍል።"],
"passport":["ክፍሊት ፓስፖርት","ቀዳማይ ፓስፖርት ዓቢ ሰብን ስእልታትን ንኸፍል።","ንኣማኻሪኻ ሕተት። ምሉእ ወረቐት ልደትካ የድልየካ። ኣማኻሪኻ ክትረኽቦ ክሕግዘካ ይኽእል።"],
"birthday_money":["ገንዘብ ልደት","ክሳብ 25 ዓመት ኣብ ነፍሲ ወከፍ ዓመት ልደትካ £50።","ክትሓትት ኣየድልየካን። ኣብ ሰሙን ልደትካ ናብ ሕሳብ ባንክኻ ይኣቱ።"],
"laptop":["ንትምህርቲ ላፕቶፕ","ኣብ ቤት ትምህርቲ፣ ኮለጅ ወይ ዩኒቨርሲቲ እንተ ሃሊኻ ናትካ ላፕቶፕ።","ንኣማኻሪኻ ሕተት። ኮለጅካ ወይ ቤት ትምህርትኻ ቦታኻ ከረጋግጽ የድሊ ይኸውን።"],
"leisure_pass":["ብነጻ ካርድ መዘናግዒ","ክሳብ 25 ዓመት ኣብ ኩሎም መዘናግዒ ማእከላት Northbrook ብነጻ ምሕንባስ፣ ጂምን ክፍልታትን።","ደብዳበ ምውጻእ ካብ ክንክን ኣብ ዝኾነ መዘናግዒ ማእከል ኣርኢ።"],
"gym_membership":["ኣባልነት ጂም","ኣብዚ ስሪት ኣገልግሎት ብብነጻ ካርድ መዘናግዒ ተተኪኡ።","ኣብ ክንድኡ ካርድ መዘናግዒ ተጠቐም።"],
"interview_clothes":["ክዳን ንቃለ-መሕትት","ንክዳን ቃለ-መሕትት ስራሕ ክሳብ £100።","ብዛዕባ እቲ ቃለ-መሕትት ንኣማኻሪኻ ንገሮ። ምሳኻ ክዕድግ ክኸይድ ወይ ቫውቸር ክህበካ ይኽእል።"],
"travel_new_job":["መጓዓዝያ ናብ ሓድሽ ስራሕ","ኣብ ቀዳማይ ወርሒ ሓድሽ ስራሕካ ናይ ኣውቶቡስ ወይ ባቡር ክፍሊት ንኸፍል።","ደብዳበ ዕድል ስራሕካ ንኣማኻሪኻ ኣርእዮ። ወርሓዊ ቲኬት ንዕድገልካ።"],
"drop_in_hub":["ማእከል: ብዘይ ቆጸራ","ንሓገዝ፣ መግቢ፣ Wi-Fiን ዕላልን ምጻእ። ካብ 09:30 ክሳብ 17:00፣ ካብ ሰኑይ ክሳብ ዓርቢ ክፉት። ኣብ ቀዳመ-ሰንበት ሓደ ኣማኻሪ ብስልኪ ይርከብ።","ምጻእ ጥራይ። እቲ ማእከል ኣብ 12 Market Street፣ Northbrook ይርከብ።"],
"discretionary_fund":["ሓገዝ ኣብ ህጹጽ እዋን","ንዘድልዩኻ ክትከፍለሎም ዘይትኽእል ነገራት ገንዘብ፣ ከም ዝተበላሸወ መኽሸኒ ወይ ውሕስነት ገዛ።","ንኣማኻሪኻ ሕተት። ኣመሓዳሪ ኣብ ውሽጢ 2 መዓልቲ ስራሕ ይውስን።"]})json"},
    {"ckb"_L1, uR"json({"pa_to_21":["ڕاوێژکاری تایبەت تا تەمەنی ٢١","ڕاوێژکارەکەت بۆ تۆیە. لە پلانەکەت، پارە، خانوو، کۆلێج و کاردا یارمەتیت دەدات. و پەیوەندیت لەگەڵ دەهێڵێتەوە.","پێویست ناکات داوا بکەیت. ئەگەر ڕاوێژکارت نییە، پەیوەندی بە تیمی جێهێشتنی چاودێرییەوە بکە."],
"pa_to_25":["ڕاوێژکاری تایبەت تا تەمەنی ٢٥، ئەگەر داوا بکەیت","دوای ٢١ هێشتا دەتوانیت تا ٢٥ ڕاوێژکارت هەبێت. تەنها داوا بکە. دەتوانیت ئێستا بڵێیت بەڵێ و دواتر نا.","بە ڕاوێژکارەکەت بڵێ یان پەیوەندی بە تیمی جێهێشتنی چاودێرییەوە بکە و بڵێ ڕاوێژکارت تا ٢٥ دەوێت."],
"pathway_plan":["پلانەکەت","پلانەکەت دەڵێت چیت دەوێت، کێ یارمەتی دەدات، و تا کەی. تۆ یارمەتی نووسینی دەدەیت. لانیکەم هەر ٦ مانگ جارێک پێیدا دەچنەوە.","ڕاوێژکارەکەت لەگەڵ تۆ دەینووسێت. هەر کاتێک داوای پێداچوونەوە بکە."],
"he_bursary":["بەخششی خوێندنی باڵا","٢٠٠٠ پاوەند لە ئێمەوە ئەگەر بچیتە زانکۆ. ئەمە جگە لە پارەی خوێندکارانە.","کاتێک شوێنی زانکۆت وەرگرت بە ڕاوێژکارەکەت بڵێ. بە چەند بەش لە ماوەی خوێندنەکەتدا دەیدەین."],
"bursary_16_19":["بەخششی ١٦-١٩","تا ١٢٠٠ پاوەند لە ساڵێکدا ئەگەر تەمەنت ١٦ تا ١٩ بێت و لە قوتابخانە یان کۆلێج بیت.","لە نووسینگەی پشتگیری خوێندکارانی قوتابخانە یان کۆلێجەکەت بپرسە. ڕاوێژکارەکەت دەتوانێت لە فۆرمەکەدا یارمەتیت بدات."],
"setting_up_home":["یارمەتی دامەزراندنی ماڵ","لانیکەم ٣٠٠٠ پاوەند بۆ کڕینی ئەوەی بۆ یەکەم ماڵت پێویستە: جێگا، تەباخ، سەلاجە، مەنجەڵ و تاوە.","ڕاوێژکارەکەت پێش گواستنەوە لەگەڵت لیستێک دروست دەکات و ئەو شتانەی پێویستن داوا دەکات."],
"staying_put":["مانەوە لەگەڵ خێزانی بەخێوکەرت","ئەگەر هەمووتان ڕازی بن، دەتوانیت دوای ١٨ تا ٢١ لەگەڵ خێزانی بەخێوکەرت بمێنیتەوە.","پێش ڕۆژی لەدایکبوونی ١٨ ساڵیت لەگەڵ ڕاوێژکارەکەت و خێزانی بەخێوکەرت قسە بکە."],
"vacation_accommodation":["شوێنێک بۆ مانەوە لە پشووی زانکۆ","ئەگەر لە زانکۆیت و لە پشوودا شوێنت نییە بچیتێ، یارمەتیت دەدەین شوێنێک بدۆزیتەوە و پارەکەی دەدەین.","لانیکەم ٤ هەفتە پێش دەستپێکردنی پشوو بە ڕاوێژکارەکەت بڵێ."],
"council_tax":["باجی شارەوانی نییە تا ٢٥","ئەگەر لە نۆرثبرووک ماڵی خۆت بە کرێ بگریت، تا ٢٥ باجی شارەوانی نادەیت.","ڕاوێژکارەکەت نامەی جێهێشتنی چاودێرییەکەت دەنێرێت بۆ نووسینگەی باج. پێویست ناکات فۆرم پڕ بکەیتەوە."],
"housing_band1":["یەکەم پلەی پێشینەی خانوو","تا ٢١ بەرزترین پێشینەت هەیە بۆ خانووی شارەوانی و کۆمەڵەکانی خانوو.","ڕاوێژکارەکەت یارمەتیت دەدات ناوت لە لیستی خانوو تۆمار بکەیت و نامەی جێهێشتنی چاودێرییەکەت زیاد دەکات."],
"driving_lessons":["وانەی شۆفێری","پارەی ١٠ وانەی شۆفێری و تاقیکردنەوەی تیۆری دەدەین.","سەرەتا مۆڵەتی کاتی وەربگرە. پاشان لە ڕاوێژکارەکەت بپرسە. ڕاستەوخۆ پارە دەدەینە قوتابخانەی شۆفێری."],
"provisional_licence":["مۆڵەتی شۆفێری کاتی","پارەی مۆڵەتی شۆفێری کاتی دەدەین. ئەمە ناسنامەیەکی باشی وێنەدارە.","لە ڕاوێژکارەکەت بپرسە. لە پڕکردنەوەی فۆرمی ئۆنلاین یارمەتیت دەدات و ئێمە پارە دەدەین."],
"passport":["تێچووی پاسپۆرت","پارەی یەکەم پاسپۆرتی گەورەساڵان و وێنەکان دەدەین.","لە ڕاوێژکارەکەت بپرسە. بڕوانامەی لەدایکبوونی تەواوت پێویستە. ڕاوێژکارەکەت دەتوانێت یارمەتیت بدات وەریبگریت."],
"birthday_money":["پارەی ڕۆژی لەدایکبوون","هەموو ساڵێک ٥٠ پاوەند لە ڕۆژی لەدایکبوونت تا ٢٥.","پێویست ناکات داوا بکەیت. لە هەفتەی لەدایکبوونتدا دەچێتە هەژمارە بانکییەکەت."],
"laptop":["لاپتۆپ بۆ خوێندن","لاپتۆپێکی تایبەت بە خۆت ئەگەر لە قوتابخانە، کۆلێج یان زانکۆ بیت.","لە ڕاوێژکارەکەت بپرسە. لەوانەیە کۆلێج یان قوتابخانەکەت شوێنەکەت پشتڕاست بکاتەوە."],
"leisure_pass":["کارتی کاتبەسەربردنی بەخۆڕایی","مەلەوانی، هۆڵی وەرزش و وانەی بەخۆڕایی لە هەموو سەنتەرەکانی کاتبەسەربردنی نۆرثبرووک تا ٢٥.","نامەی جێهێشتنی چاودێرییەکەت لە هەر سەنتەرێک پیشان بدە."],
"gym_membership":["ئەندامێتی هۆڵی وەرزش","لەم وەشانەی خزمەتگوزارییەکاندا کارتی کاتبەسەربردنی بەخۆڕایی جێی گرتووەتەوە.","لە جیاتی ئەوە کارتی کاتبەسەربردن بەکاربهێنە."],
"interview_clothes":["جل بۆ چاوپێکەوتن","تا ١٠٠ پاوەند بۆ جلی چاوپێکەوتنی کار.","دەربارەی چاوپێکەوتنەکە بە ڕاوێژکارەکەت بڵێ. دەتوانێت لەگەڵت بێت بۆ بازاڕ یان پسوولەت بداتێ."],
"travel_new_job":["هاتووچۆ بۆ کاری نوێ","پارەی پاس یان شەمەندەفەر دەدەین بۆ یەکەم مانگت لە کارێکی نوێدا.","نامەی پێشنیاری کارەکەت پیشانی ڕاوێژکارەکەت بدە. بلیتی مانگانەت بۆ دەکڕین."],
"drop_in_hub":["سەنتەر: بێ کاتی پێشوەختە","وەرە بۆ یارمەتی، خواردن، Wi-Fi و قسەکردن. کراوەیە لە ٠٩:٣٠ تا ١٧:٠٠، دووشەممە تا هەینی. لە کۆتایی هەفتە ڕاوێژکارێک بە تەلەفۆن ئامادەیە.","تەنها وەرە. سەنتەرەکە لە ژمارە ١٢ی شەقامی مارکێت، نۆرثبرووکە."],
"discretionary_fund":["یارمەتی لە کاتی فریاکەوتن","پارە بۆ ئەو شتانەی بەڕاستی پێویستن و ناتوانیت پارەیان بدەیت، وەک تەباخێکی شکاو یان بارمتەی خانوو.","لە ڕاوێژکارەکەت بپرسە. بەڕێوەبەرێک لە ماوەی ٢ ڕۆژی کاردا بڕیار دەدات."]})json"},
    {"sq"_L1, uR"json({"pa_to_21":["Një këshilltar personal deri në 21 vjeç","Këshilltari yt është aty për ty. Të ndihmon me planin, paratë, banesën, kolegjin dhe punën. Mban kontakt me ty.","Nuk ke nevojë të kërkosh. Nëse nuk ke këshilltar, telefono ekipin e të larguarve nga kujdesi."],
"pa_to_25":["Një këshilltar personal deri në 25 vjeç, nëse e kërkon","Pas 21 vjeç mund të kesh ende një këshilltar deri në 25. Vetëm kërkoje. Mund të thuash po tani dhe jo më vonë.","Thuaji këshilltarit ose telefono ekipin e të larguarve nga kujdesi dhe thuaj që do një këshilltar deri në 25."],
"pathway_plan":["Plani yt","Plani yt thotë çfarë do, kush do të ndihmojë dhe deri kur. Ti ndihmon ta shkruash. Kontrollohet të paktën çdo 6 muaj.","Këshilltari yt e shkruan bashkë me ty. Kërko një rishikim kur të duash."],
"he_bursary":["Bursë për arsimin e lartë","£2,000 nga ne nëse shkon në universitet. Kjo është mbi financimin e studentëve.","Thuaji këshilltarit kur të marrësh vendin në universitet. E paguajmë me këste gjatë kursit."],
"bursary_16_19":["Bursa 16-19","Deri në £1,200 në vit nëse je 16 deri 19 vjeç dhe në shkollë ose kolegj.","Pyet zyrën e mbështetjes së studentëve në shkollë ose kolegj. Këshilltari yt mund të ndihmojë me formularin."],
"setting_up_home":["Ndihmë për të ngritur shtëpinë","Të paktën £3,000 për të blerë atë që të duhet për shtëpinë e parë: shtrat, sobë, frigorifer, tenxhere dhe tigane.","Këshilltari bën një listë me ty para se të shpërngulesh dhe porosit gjërat që të duhen."],
"staying_put":["Të qëndrosh me familjen kujdestare","Mund të qëndrosh me familjen kujdestare pas 18 vjeç, deri në 21, nëse bini të gjithë dakord.","Fol me këshilltarin dhe me familjen kujdestare para ditëlindjes së 18-të."],
"vacation_accommodation":["Një vend për të qëndruar në pushimet e universitetit","Nëse je në universitet dhe nuk ke ku të shkosh në pushime, të ndihmojmë të gjesh dhe të paguash një vend për të qëndruar.","Thuaji këshilltarit të paktën 4 javë para se të fillojnë pushimet."],
"council_tax":["Pa taksë këshilli deri në 25 vjeç","Nëse merr me qira shtëpinë tënde në Northbrook, nuk paguan taksë këshilli deri në 25 vjeç.","Këshilltari dërgon letrën tënde të largimit nga kujdesi te zyra e taksave. Nuk ke nevojë të plotësosh formular."],
"housing_band1":["Përparësia e parë për banesë","Ke përparësinë më të lartë për shtëpitë e këshillit dhe të shoqatave të banesave deri në 21 vjeç.","Këshilltari të ndihmon të regjistrohesh për banesë dhe shton letrën e largimit nga kujdesi."],
"driving_lessons":["Mësime drejtimi","Paguajmë 10 mësime drejtimi dhe provimin teorik.","Merr fillimisht lejen e përkohshme. Pastaj pyet këshilltarin. Ne i paguajmë direkt autoshkollës."],
"provisional_licence":["Leja e përkohshme e drejtimit","Paguajmë lejen e përkohshme të drejtimit. Është edhe dokument i mirë identiteti me foto.","Pyet këshilltarin. Të ndihmon me formularin në internet dhe ne paguajmë."],
"passport":["Kostoja e pasaportës","Paguajmë pasaportën tënde të parë për të rritur dhe fotot.","Pyet këshilltarin. Të duhet certifikata e plotë e lindjes. Këshilltari mund të të ndihmojë ta marrësh."],
"birthday_money":["Para për ditëlindje","£50 në ditëlindjen tënde çdo vit deri në 25 vjeç.","Nuk ke nevojë të kërkosh. Vjen në llogarinë bankare në javën e ditëlindjes."],
"laptop":["Një laptop për mësime","Një laptop yti nëse je në shkollë, kolegj ose universitet.","Pyet këshilltarin. Kolegji ose shkolla mund të duhet të konfirmojë vendin tënd."],
"leisure_pass":["Kartë falas për argëtim","Not, palestër dhe kurse falas në të gjitha qendrat e argëtimit në Northbrook deri në 25 vjeç.","Trego letrën e largimit nga kujdesi në sportelin e çdo qendre."],
"gym_membership":["Anëtarësim në palestër","U zëvendësua me kartën falas të argëtimit në këtë version të ofertës.","Përdor kartën e argëtimit në vend të saj."],
"interview_clothes":["Rroba për intervista","Deri në £100 për rroba për një intervistë pune.","Tregoji këshilltarit për intervistën. Mund të vijë me ty për blerje ose të të japë një kupon."],
"travel_new_job":["Udhëtimi për në një punë të re","Paguajmë autobusin ose trenin për muajin e parë në një punë të re.","Tregoji këshilltarit letrën e ofertës së punës. Të blejmë një biletë mujore."],
"drop_in_hub":["Qendra: eja pa takim","Eja për ndihmë, ushqim, Wi-Fi dhe një bisedë. Hapur 09:30 deri 17:00, e hënë deri të premte. Në fundjavë një këshilltar është në dispozicion me telefon.","Thjesht eja. Qendra është në 12 Market Street, Northbrook."],
"discretionary_fund":["Ndihmë në emergjencë","Para për gjëra që të duhen vërtet dhe nuk mund t'i paguash, si një sobë e prishur ose një depozitë.","Pyet këshilltarin. Një menaxher vendos brenda 2 ditëve pune."]})json"},
    {"vi"_L1, uR"json({"pa_to_21":["Cố vấn cá nhân đến 21 tuổi","Cố vấn luôn ở bên bạn. Họ giúp bạn về kế hoạch, tiền bạc, nhà ở, học tập và việc làm. Họ giữ liên lạc với bạn.","Bạn không cần xin. Nếu bạn chưa có cố vấn, hãy gọi nhóm hỗ trợ người rời chăm sóc."],
"pa_to_25":["Cố vấn cá nhân đến 25 tuổi, nếu bạn muốn","Sau 21 tuổi bạn vẫn có thể có cố vấn đến 25 tuổi. Chỉ cần xin. Bạn có thể đồng ý bây giờ và từ chối sau.","Nói với cố vấn hoặc gọi nhóm hỗ trợ người rời chăm sóc và nói bạn muốn có cố vấn đến 25 tuổi."],
"pathway_plan":["Kế hoạch của bạn","Kế hoạch nói bạn muốn gì, ai sẽ giúp, và đến khi nào. Bạn cùng viết nó. Nó được xem lại ít nhất 6 tháng một lần.","Cố vấn viết cùng bạn. Bạn có thể yêu cầu xem xét bất cứ lúc nào."],
"he_bursary":["Học bổng đại học","£2.000 từ chúng tôi nếu bạn vào đại học. Khoản này thêm vào hỗ trợ tài chính sinh viên.","Báo cố vấn khi bạn có chỗ ở đại học. Chúng tôi trả thành nhiều đợt trong khóa học."],
"bursary_16_19":["Học bổng 16-19","Đến £1.200 mỗi năm nếu bạn từ 16 đến 19 tuổi và đang đi học hoặc học cao đẳng.","Hỏi phòng hỗ trợ học sinh ở trường. Cố vấn có thể giúp bạn điền đơn."],
"setting_up_home":["Trợ cấp lập nhà","Ít nhất £3.000 để mua những thứ bạn cần cho ngôi nhà đầu tiên: giường, bếp, tủ lạnh, nồi chảo.","Cố vấn lập danh sách cùng bạn trước khi chuyển nhà và đặt mua những thứ bạn cần."],
"staying_put":["Ở lại với gia đình nhận nuôi","Bạn có thể ở với gia đình nhận nuôi sau 18 tuổi, đến 21 tuổi, nếu mọi người đều đồng ý.","Nói chuyện với cố vấn và gia đình nhận nuôi trước sinh nhật 18 tuổi."],
"vacation_accommodation":["Chỗ ở trong kỳ nghỉ đại học","Nếu bạn học đại học và không có nơi nào để về trong kỳ nghỉ, chúng tôi giúp tìm và trả tiền chỗ ở.","Báo cố vấn ít nhất 4 tuần trước khi kỳ nghỉ bắt đầu."],
"council_tax":["Không đóng thuế hội đồng đến 25 tuổi","Nếu bạn thuê nhà riêng ở Northbrook, bạn không đóng thuế hội đồng đến 25 tuổi.","Cố vấn gửi thư xác nhận rời chăm sóc của bạn đến phòng thuế. Bạn không cần điền đơn."],
"housing_band1":["Ưu tiên nhà ở hạng 1","Bạn được ưu tiên cao nhất cho nhà của hội đồng và hiệp hội nhà ở đến 21 tuổi.","Cố vấn giúp bạn đăng ký nhà ở và thêm thư xác nhận rời chăm sóc."],
"driving_lessons":["Học lái xe","Chúng tôi trả 10 buổi học lái và bài thi lý thuyết.","Lấy bằng lái tạm thời trước. Sau đó hỏi cố vấn. Chúng tôi trả thẳng cho trường dạy lái."],
"provisional_licence":["Bằng lái xe tạm thời","Chúng tôi trả tiền bằng lái tạm thời. Nó cũng là giấy tờ tùy thân có ảnh tốt.","Hỏi cố vấn. Họ giúp bạn điền đơn trên mạng và chúng tôi trả tiền."],
"passport":["Chi phí hộ chiếu","Chúng tôi trả hộ chiếu người lớn đầu tiên và ảnh của bạn.","Hỏi cố vấn. Bạn cần giấy khai sinh đầy đủ. Cố vấn có thể giúp bạn xin."],
"birthday_money":["Tiền sinh nhật","£50 vào sinh nhật mỗi năm đến 25 tuổi.","Bạn không cần xin. Tiền vào tài khoản ngân hàng trong tuần sinh nhật."],
"laptop":["Máy tính xách tay để học","Một máy tính xách tay của riêng bạn nếu bạn đang đi học, học cao đẳng hoặc đại học.","Hỏi cố vấn. Trường có thể cần xác nhận chỗ học của bạn."],
"leisure_pass":["Thẻ giải trí miễn phí","Bơi, tập gym và lớp học miễn phí ở mọi trung tâm giải trí Northbrook đến 25 tuổi.","Cho xem thư xác nhận rời chăm sóc ở quầy của bất kỳ trung tâm nào."],
"gym_membership":["Thẻ tập gym","Đã được thay bằng thẻ giải trí miễn phí trong phiên bản này.","Hãy dùng thẻ giải trí thay thế."],
"interview_clothes":["Quần áo đi phỏng vấn","Đến £100 mua quần áo cho buổi phỏng vấn xin việc.","Báo cố vấn về buổi phỏng vấn. Họ có thể đi mua cùng bạn hoặc đưa bạn phiếu mua hàng."],
"travel_new_job":["Đi lại đến chỗ làm mới","Chúng tôi trả tiền xe buýt hoặc tàu trong tháng đầu ở chỗ làm mới.","Cho cố vấn xem thư mời làm việc. Chúng tôi mua vé tháng cho bạn."],
"drop_in_hub":["Trung tâm: ghé qua không cần hẹn","Ghé qua để được giúp, ăn uống, dùng Wi-Fi và trò chuyện. Mở cửa 09:30 đến 17:00, thứ Hai đến thứ Sáu. Cuối tuần có cố vấn trực điện thoại.","Cứ ghé qua. Trung tâm ở số 12 Market Street, Northbrook."],
"discretionary_fund":["Giúp đỡ khi khẩn cấp","Tiền cho những thứ bạn thật sự cần mà không trả được, như bếp hỏng hoặc tiền đặt cọc.","Hỏi cố vấn. Một quản lý sẽ quyết định trong 2 ngày làm việc."]})json"},
    {"so"_L1, uR"json({"pa_to_21":["Lataliye shakhsi ah ilaa 21 jir","Lataliyahaagu adiga ayuu kuu joogaa. Wuxuu kaa caawiyaa qorshahaaga, lacagta, guriga, kulliyadda iyo shaqada. Xiriir ayuu kula sii haysanayaa.","Uma baahnid inaad codsato. Haddii aadan lataliye lahayn, wac kooxda ka bixitaanka daryeelka."],
"pa_to_25":["Lataliye shakhsi ah ilaa 25 jir, haddii aad codsato","21 kadib weli waxaad yeelan kartaa lataliye ilaa 25. Kaliya codso. Hadda haa waad dhihi kartaa, goor dambena maya.","U sheeg lataliyahaaga ama wac kooxda ka bixitaanka daryeelka oo dheh waxaan rabaa lataliye ilaa 25."],
"pathway_plan":["Qorshahaaga","Qorshahaagu wuxuu sheegayaa waxa aad rabto, cidda ku caawinaysa, iyo goorta. Adiga ayaa ka caawiya qorista. Ugu yaraan 6dii biloodba mar ayaa la eegaa.","Lataliyahaagu wuu kula qoraa. Codso dib-u-eegis wakhti kasta."],
"he_bursary":["Deeqda waxbarashada sare","£2,000 annaga naga timaadda haddii aad jaamacad aaddo. Tani waa wax dheeraad ah oo ka baxsan maaliyadda ardayga.","U sheeg lataliyahaaga marka aad hesho booska jaamacadda. Qaybo ayaan ku bixinnaa inta koorsadu socoto."],
"bursary_16_19":["Deeqda 16-19","Ilaa £1,200 sannadkii haddii aad tahay 16 ilaa 19 jir oo aad dugsi ama kulliyad dhigato.","Weydii xafiiska taageerada ardayda ee dugsigaaga ama kulliyaddaada. Lataliyahaagu foomka wuu kaa caawin karaa."],
"setting_up_home":["Kaalmada dejinta guriga","Ugu yaraan £3,000 si aad u iibsato waxa aad ugu baahan tahay gurigaaga ugu horreeya: sariir, kariye, qaboojiye, digsiyo iyo birtaabyo.","Lataliyahaagu liis ayuu kula sameeyaa ka hor intaadan guurin, wuxuuna dalbadaa waxyaabaha aad u baahan tahay."],
"staying_put":["Inaad la joogto qoyskaaga korsada","Waxaad la joogi kartaa qoyskaaga korsada 18 kadib, ilaa 21, haddii aad dhammaantiin oggolaataan.","La hadal lataliyahaaga iyo qoyskaaga korsada ka hor dhalashadaada 18aad."],
"vacation_accommodation":["Meel aad joogto fasaxyada jaamacadda","Haddii aad jaamacad dhigato oo aadan fasaxyada meel aad aaddo lahayn, waxaan kaa caawinnaa inaad hesho oo aan bixinno meel aad joogto.","U sheeg lataliyahaaga ugu yaraan 4 toddobaad ka hor inta fasaxu bilaaban."],
"council_tax":["Canshuurta golaha ma jirto ilaa 25","Haddii aad guri kiraysato Northbrook, canshuurta golaha ma bixinaysid ilaa 25.","Lataliyahaagu wuxuu u diraa warqaddaada ka bixitaanka daryeelka xafiiska canshuurta. Uma baahnid inaad foom buuxiso."],
"housing_band1":["Mudnaanta koowaad ee guryaha","Waxaad heleysaa mudnaanta ugu sarreysa guryaha golaha iyo ururada guryaha ilaa 21.","Lataliyahaagu wuxuu kaa caawiyaa inaad isku diiwaangeliso liiska guryaha, wuxuuna ku daraa warqaddaada ka bixitaanka daryeelka."],
"driving_lessons":["Casharrada darawalnimada","Waxaan bixinnaa 10 cashar oo darawalnimo iyo imtixaanka aragtida.","Marka hore qaado liisanka ku meel gaarka ah. Kadib weydii lataliyahaaga. Waxaan si toos ah u bixinnaa dugsiga darawalnimada."],
"provisional_licence":["Liisanka darawalnimada ku meel gaarka ah","Waxaan bixinnaa liisankaaga ku meel gaarka ah. Sidoo kale waa aqoonsi sawir leh oo wanaagsan.","Weydii lataliyahaaga. Wuxuu kaa caawiyaa foomka online-ka, annaguna waan bixinnaa."],
"passport":["Kharashka baasaboorka","Waxaan bixinnaa baasaboorkaaga qaangaarka ee ugu horreeya iyo sawirrada.","Weydii lataliyahaaga. Waxaad u baahan tahay shahaadadaada dhalashada oo dhammaystiran. Lataliyahaagu wuu kaa caawin karaa inaad hesho."],
"birthday_money":["Lacagta dhalashada","£50 maalinta dhalashadaada sannad walba ilaa 25.","Uma baahnid inaad codsato. Waxay gashaa koontadaada bangiga toddobaadka dhalashadaada."],
"laptop":["Laptop waxbarasho","Laptop adiga kuu gaar ah haddii aad dugsi, kulliyad ama jaamacad dhigato.","Weydii lataliyahaaga. Kulliyaddaada ama dugsigaagu waxaa laga yaabaa inay xaqiijiyaan booskaaga."],
"leisure_pass":["Kaarka madadaalada oo bilaash ah","Dabbaal, jimicsi iyo fasallo bilaash ah dhammaan xarumaha madadaalada Northbrook ilaa 25.","Tus warqaddaada ka bixitaanka daryeelka miiska xarun kasta."],
"gym_membership":["Xubinnimada jimicsiga","Waxaa lagu beddelay kaarka madadaalada oo bilaash ah noocan adeegga.","Taa beddelkeeda isticmaal kaarka madadaalada."],
"interview_clothes":["Dhar wareysi","Ilaa £100 dhar loogu talagalay wareysi shaqo.","U sheeg lataliyahaaga wareysiga. Wuu kula aadi karaa suuqa ama wuxuu ku siin karaa foojar."],
"travel_new_job":["Gaadiid shaqo cusub","Waxaan bixinnaa baska ama tareenka bishaada ugu horreysa ee shaqo cusub.","Tus lataliyahaaga warqadda shaqada laguu siiyay. Waxaan kuu iibinnaa tigidh bille ah."],
"drop_in_hub":["Xarunta: imow ballan la'aan","Imow si aad u hesho caawimaad, cunto, Wi-Fi iyo sheeko. Furan 09:30 ilaa 17:00, Isniin ilaa Jimce. Dhammaadka toddobaadka lataliye ayaa taleefanka diyaar ugu ah.","Kaliya imow. Xaruntu waxay ku taallaa 12 Market Street, Northbrook."],
"discretionary_fund":["Caawimaad xaalad degdeg ah","Lacag loogu talagalay waxyaabaha aad runtii u baahan tahay oo aadan bixin karin, sida kariye jabay ama dammaanad guri.","Weydii lataliyahaaga. Maareeye ayaa go'aansada 2 maalmood oo shaqo gudahood."]})json"},
};
// clang-format on

} // namespace

QMap<QString, OfferText> offerTranslations(QStringView key)
{
    QMap<QString, OfferText> out;
    for (const Translation &t : Translations) {
        const QJsonObject items = QJsonDocument::fromJson(QString::fromUtf16(t.json).toUtf8()).object();
        const QJsonArray words = items.value(key.toString()).toArray();
        if (words.size() == 3)
            out.insert(t.language, {words.at(0).toString(), words.at(1).toString(), words.at(2).toString()});
    }
    return out;
}

} // namespace Pathway::Demo
