<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps">
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <translation>خبرتیاوې</translation>
    </message>
    <message>
        <source>Check with the server again</source>
        <comment>@action:button</comment>
        <translation>له سرور سره بیا وګوره</translation>
    </message>
    <message>
        <source>Only alerts for managers</source>
        <comment>@option:check</comment>
        <translation>یوازې د مدیرانو خبرتیاوې</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@info alert</comment>
        <extracomment>%1 since when (or when due), %2 who the alert is for</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>@info quoted note</comment>
        <extracomment>The note written when the alert was acknowledged, quoted</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button</comment>
        <extracomment>%1 &quot;Open record&quot; or &quot;Allocate a PA&quot;, %2 a young person</extracomment>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <comment>@action:button</comment>
        <translation>تاییدول…</translation>
    </message>
    <message>
        <source>Acknowledge with a note: %1, %2</source>
        <comment>@action:button</comment>
        <extracomment>%1 what is wrong, %2 a young person</extracomment>
        <translation type="vanished">د یادښت سره تایید: %1، %2</translation>
    </message>
    <message>
        <source>No alerts: nothing needs action right now.</source>
        <comment>@info</comment>
        <translation>هیڅ خبرتیا نشته: اوس څه کار ته اړتیا نشته.</translation>
    </message>
    <message>
        <source>Alerts appear here when contact, a plan review, documents, the health history or a young person&apos;s request need action.</source>
        <comment>@info</comment>
        <translation>کله چې اړیکه، د پلان بیاکتنه، اسناد، د روغتیا تاریخچه یا د یو ځوان غوښتنه کار ته اړتیا ولري، خبرتیاوې دلته ښکاري.</translation>
    </message>
    <message>
        <source>Acknowledge with a note</source>
        <comment>@title:window</comment>
        <translation>د یادښت سره تایید</translation>
    </message>
    <message>
        <source>Say what is being done about it, or why it can wait. Everyone who sees this alert sees your name, your note and when.</source>
        <comment>@info</comment>
        <translation>ووایاست چې د دې لپاره څه کیږي، یا ولې انتظار کولی شي. هر څوک چې دا خبرتیا ویني، ستاسو نوم، یادښت او وخت یې ویني.</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info:placeholder</comment>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@label:textbox</comment>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <comment>@action:button</comment>
        <translation>تاییدول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info alert</comment>
        <extracomment>%1 what is wrong, %2 a young person</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info:accessible</comment>
        <extracomment>%1 what is wrong, %2 a young person</extracomment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>AllocatePage</name>
    <message>
        <source>Allocate a PA</source>
        <comment>@title:page</comment>
        <translation>سلاکار ټاکل</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>سلاکار ټاکل</translation>
    </message>
    <message>
        <source>Change PA</source>
        <comment>@action:button</comment>
        <translation>سلاکار بدلول</translation>
    </message>
    <message>
        <source>Choose a PA for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">د %1 لپاره سلاکار وټاکئ</translation>
    </message>
    <message>
        <source>No young people in the team yet.</source>
        <comment>@info</comment>
        <translation>لا په ټیم کې هیڅ ځوان نشته.</translation>
    </message>
    <message>
        <source>Young people appear here after a sync with the server.</source>
        <comment>@info</comment>
        <translation>ځوانان د سرور سره له همغږي وروسته دلته ښکاري.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>دلیل (اختیاري)</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>@label:textbox</comment>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PA name (caseload size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A PA for %1</source>
        <comment>@title:window</comment>
        <translation>د %1 لپاره یو سلاکار</translation>
    </message>
    <message>
        <source>Allocate a PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>سلاکار ټاکل د %1 لپاره</translation>
    </message>
    <message>
        <source>Change PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>سلاکار بدلول د %1 لپاره</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>More</source>
        <comment>@action:button</comment>
        <extracomment>Opens the list of all pages</extracomment>
        <translation>نور</translation>
    </message>
    <message>
        <source>More pages</source>
        <comment>@action:button</comment>
        <translation type="vanished">نورې پاڼې</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>@title:tab</comment>
        <extracomment>The phone&apos;s bottom navigation bar, for screen readers</extracomment>
        <translation>پاڼې</translation>
    </message>
    <message>
        <source>Opens the list of all pages</source>
        <comment>@info:accessible</comment>
        <translation>د ټولو پاڼو لړلیک پرانیزي</translation>
    </message>
</context>
<context>
    <name>CalendarMonth</name>
    <message>
        <source>Calendar, %1</source>
        <comment>@info</comment>
        <extracomment>The calendar as a screen reader names it; %1 month and year</extracomment>
        <translation>جنتري، %1</translation>
    </message>
    <message>
        <source>Previous year</source>
        <comment>@action:button</comment>
        <translation>تېر کال</translation>
    </message>
    <message>
        <source>Previous month</source>
        <comment>@action:button</comment>
        <translation>تېره میاشت</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@title:group month and year</comment>
        <extracomment>A calendar&apos;s heading: %1 month name, %2 year</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Next month</source>
        <comment>@action:button</comment>
        <translation>بله میاشت</translation>
    </message>
    <message>
        <source>Next year</source>
        <comment>@action:button</comment>
        <translation>بل کال</translation>
    </message>
</context>
<context>
    <name>CaseloadList</name>
    <message>
        <source>%1, %2</source>
        <comment>@info alert, and more</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 · PA: %2</source>
        <comment>@info</comment>
        <translation>%1 · سلاکار: %2</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>اوس لیدنه ثبت کړه</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">اوس د %1 سره لیدنه ثبت کړه</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>دوسیه پرانیزه</translation>
    </message>
    <message>
        <source>Open the record of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">د %1 دوسیه پرانیزه</translation>
    </message>
    <message>
        <source>No young people in this caseload.</source>
        <comment>@info</comment>
        <translation>په دې لست کې هیڅ ځوان نشته.</translation>
    </message>
    <message>
        <source>A manager allocates young people to PAs. Sync to get new allocations.</source>
        <comment>@info</comment>
        <translation>مدیر ځوانان سلاکارانو ته سپاري. د نویو سپارلو لپاره همغږي وکړئ.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>زما ځوانان</translation>
    </message>
</context>
<context>
    <name>CaseloadsPage</name>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>د سلاکارانو لستونه</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <comment>@label:listbox</comment>
        <translation>شخصي سلاکار</translation>
    </message>
</context>
<context>
    <name>CheckingIndicator</name>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>له سرور سره کتل کیږي…</translation>
    </message>
</context>
<context>
    <name>ChoiceButtons</name>
    <message>
        <source>%1: %2</source>
        <comment>@option:radio</comment>
        <extracomment>A choice for screen readers: %1 the question, %2 one answer</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChronologyView</name>
    <message>
        <source>No events yet.</source>
        <comment>@info</comment>
        <translation>لا هیڅ پېښه نشته.</translation>
    </message>
    <message>
        <source>Moves, contacts, reviews and documents appear here as they are recorded.</source>
        <comment>@info</comment>
        <translation>کډې، اړیکې، بیاکتنې او اسناد چې ثبت شي دلته ښکاري.</translation>
    </message>
</context>
<context>
    <name>CircumstanceLabels</name>
    <message>
        <source>Higher education, full time</source>
        <comment>@info activity</comment>
        <translation>لوړې زده کړې، بشپړ وخت</translation>
    </message>
    <message>
        <source>Higher education, part time</source>
        <comment>@info activity</comment>
        <translation>لوړې زده کړې، نیم وخت</translation>
    </message>
    <message>
        <source>Other education, full time</source>
        <comment>@info activity</comment>
        <translation>نورې زده کړې، بشپړ وخت</translation>
    </message>
    <message>
        <source>Other education, part time</source>
        <comment>@info activity</comment>
        <translation>نورې زده کړې، نیم وخت</translation>
    </message>
    <message>
        <source>Apprenticeship, full time</source>
        <comment>@info activity</comment>
        <translation>د کار زده کړه، بشپړ وخت</translation>
    </message>
    <message>
        <source>Apprenticeship, part time</source>
        <comment>@info activity</comment>
        <translation>د کار زده کړه، نیم وخت</translation>
    </message>
    <message>
        <source>Training or employment, full time</source>
        <comment>@info activity</comment>
        <translation>روزنه یا دنده، بشپړ وخت</translation>
    </message>
    <message>
        <source>Training or employment, part time</source>
        <comment>@info activity</comment>
        <translation>روزنه یا دنده، نیم وخت</translation>
    </message>
    <message>
        <source>Not in education, work or training: illness or disability</source>
        <comment>@info activity</comment>
        <translation>نه زده کړه، نه کار، نه روزنه: ناروغي یا معلولیت</translation>
    </message>
    <message>
        <source>Not in education, work or training: other reasons</source>
        <comment>@info activity</comment>
        <translation>نه زده کړه، نه کار، نه روزنه: نور دلایل</translation>
    </message>
    <message>
        <source>Not in education, work or training: pregnancy or parenting</source>
        <comment>@info activity</comment>
        <translation>نه زده کړه، نه کار، نه روزنه: امیندواري یا د ماشوم پالنه</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info activity</comment>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>With parents or relatives</source>
        <comment>@info accommodation</comment>
        <translation>له مور و پلار یا خپلوانو سره</translation>
    </message>
    <message>
        <source>Community home or residential care</source>
        <comment>@info accommodation</comment>
        <translation>ټولنیز کور یا استوګنیزه پاملرنه</translation>
    </message>
    <message>
        <source>Semi-independent, transitional</source>
        <comment>@info accommodation</comment>
        <translation>نیمه خپلواکه، انتقالي</translation>
    </message>
    <message>
        <source>Supported lodgings</source>
        <comment>@info accommodation</comment>
        <translation>د کوربه سره ملاتړ شوې استوګنه</translation>
    </message>
    <message>
        <source>Gone abroad</source>
        <comment>@info accommodation</comment>
        <translation>بهر ته تللی</translation>
    </message>
    <message>
        <source>Deported</source>
        <comment>@info accommodation</comment>
        <translation>له هېواده ایستل شوی (ډیپورټ شوی)</translation>
    </message>
    <message>
        <source>Ordinary lodgings</source>
        <comment>@info accommodation</comment>
        <translation>عادي کرایي کوټه</translation>
    </message>
    <message>
        <source>Residence not known</source>
        <comment>@info accommodation</comment>
        <translation>د اوسېدو ځای نامعلوم</translation>
    </message>
    <message>
        <source>No fixed abode or homeless</source>
        <comment>@info accommodation</comment>
        <translation>ثابت استوګنځی نلري یا بې کوره</translation>
    </message>
    <message>
        <source>Foyer</source>
        <comment>@info accommodation</comment>
        <translation>د Foyer استوګنځی</translation>
    </message>
    <message>
        <source>Independent living</source>
        <comment>@info accommodation</comment>
        <translation>خپلواک ژوند</translation>
    </message>
    <message>
        <source>Emergency accommodation</source>
        <comment>@info accommodation</comment>
        <translation>بیړنۍ استوګنه</translation>
    </message>
    <message>
        <source>Bed and breakfast</source>
        <comment>@info accommodation</comment>
        <translation>مسافرخانه</translation>
    </message>
    <message>
        <source>In custody</source>
        <comment>@info accommodation</comment>
        <translation>په توقیف کې</translation>
    </message>
    <message>
        <source>Other accommodation</source>
        <comment>@info accommodation</comment>
        <translation>بله استوګنه</translation>
    </message>
    <message>
        <source>With former foster carers (Staying Put)</source>
        <comment>@info accommodation</comment>
        <translation>له پخوانۍ پالونکې کورنۍ سره (Staying Put)</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info accommodation</comment>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@info in touch</comment>
        <translation>په اړیکه کې</translation>
    </message>
    <message>
        <source>Died</source>
        <comment>@info in touch</comment>
        <translation>مړ شوی</translation>
    </message>
    <message>
        <source>Refuses contact</source>
        <comment>@info in touch</comment>
        <translation>اړیکه ردوي</translation>
    </message>
    <message>
        <source>No longer needs services</source>
        <comment>@info in touch</comment>
        <translation>نور خدمتونو ته اړتیا نلري</translation>
    </message>
    <message>
        <source>Returned home to parents for 6 months or more</source>
        <comment>@info in touch</comment>
        <translation>د ۶ میاشتو یا ډېر وخت لپاره بېرته د مور و پلار کور ته ستون شوی</translation>
    </message>
    <message>
        <source>Not in touch</source>
        <comment>@info in touch</comment>
        <translation>په اړیکه کې نه دی</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>@info gender</comment>
        <translation>نارینه</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>@info gender</comment>
        <translation>ښځینه</translation>
    </message>
    <message>
        <source>Another gender</source>
        <comment>@info gender</comment>
        <translation>بل جنسیت</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info gender</comment>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>White: British</source>
        <comment>@info ethnicity</comment>
        <translation>سپین: بریتانوی</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <comment>@info ethnicity</comment>
        <translation>سپین: آیرلنډي</translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <comment>@info ethnicity</comment>
        <translation>سپین: هر بل سپین شالید</translation>
    </message>
    <message>
        <source>White: Traveller of Irish heritage</source>
        <comment>@info ethnicity</comment>
        <translation>سپین: د آیرلنډي اصل کوچی</translation>
    </message>
    <message>
        <source>White: Gypsy or Roma</source>
        <comment>@info ethnicity</comment>
        <translation>سپین: جپسي یا روما</translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>مخلوط: سپین او تور کارابیني</translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <comment>@info ethnicity</comment>
        <translation>مخلوط: سپین او تور افریقایي</translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <comment>@info ethnicity</comment>
        <translation>مخلوط: سپین او آسیایي</translation>
    </message>
    <message>
        <source>Mixed: any other mixed background</source>
        <comment>@info ethnicity</comment>
        <translation>مخلوط: هر بل مخلوط شالید</translation>
    </message>
    <message>
        <source>Asian or Asian British: Indian</source>
        <comment>@info ethnicity</comment>
        <translation>آسیایي یا آسیایي بریتانوی: هندي</translation>
    </message>
    <message>
        <source>Asian or Asian British: Pakistani</source>
        <comment>@info ethnicity</comment>
        <translation>آسیایي یا آسیایي بریتانوی: پاکستانی</translation>
    </message>
    <message>
        <source>Asian or Asian British: Bangladeshi</source>
        <comment>@info ethnicity</comment>
        <translation>آسیایي یا آسیایي بریتانوی: بنګلادېشي</translation>
    </message>
    <message>
        <source>Asian or Asian British: any other Asian background</source>
        <comment>@info ethnicity</comment>
        <translation>آسیایي یا آسیایي بریتانوی: هر بل آسیایي شالید</translation>
    </message>
    <message>
        <source>Black or Black British: Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>تور یا تور بریتانوی: کارابیني</translation>
    </message>
    <message>
        <source>Black or Black British: African</source>
        <comment>@info ethnicity</comment>
        <translation>تور یا تور بریتانوی: افریقایي</translation>
    </message>
    <message>
        <source>Black or Black British: any other Black background</source>
        <comment>@info ethnicity</comment>
        <translation>تور یا تور بریتانوی: هر بل تور شالید</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>@info ethnicity</comment>
        <translation>چینایي</translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <comment>@info ethnicity</comment>
        <translation>هره بله قومي ډله</translation>
    </message>
    <message>
        <source>Refused to say</source>
        <comment>@info ethnicity</comment>
        <translation>له ویلو یې ډډه وکړه</translation>
    </message>
    <message>
        <source>Information not yet obtained</source>
        <comment>@info ethnicity</comment>
        <translation>معلومات لا نه دي ترلاسه شوي</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@info ethnicity</comment>
        <translation>نه دی ثبت شوی</translation>
    </message>
</context>
<context>
    <name>CircumstancesView</name>
    <message>
        <source>Activity</source>
        <comment>@title</comment>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <comment>@info</comment>
        <translation>فعالیت: %1</translation>
    </message>
    <message>
        <source>What they are doing now</source>
        <comment>@label</comment>
        <translation>اوس څه کوي</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>له</translation>
    </message>
    <message>
        <source>Record the activity</source>
        <comment>@action:button</comment>
        <translation>فعالیت ثبت کړه</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <comment>@title</comment>
        <translation>استوګنه</translation>
    </message>
    <message>
        <source>Accommodation: %1</source>
        <comment>@info</comment>
        <translation>استوګنه: %1</translation>
    </message>
    <message>
        <source>Where they live now</source>
        <comment>@label</comment>
        <translation>اوس چېرته اوسېږي</translation>
    </message>
    <message>
        <source>Where they live now: %1</source>
        <comment>@label:listbox</comment>
        <translation>اوس چېرته اوسېږي: %1</translation>
    </message>
    <message>
        <source>Suitable for them</source>
        <comment>@option:check</comment>
        <translation>د هغه لپاره مناسبه</translation>
    </message>
    <message>
        <source>Record the accommodation</source>
        <comment>@action:button</comment>
        <translation>استوګنه ثبت کړه</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@title</comment>
        <translation>په اړیکه کې</translation>
    </message>
    <message>
        <source>In touch: %1</source>
        <comment>@info</comment>
        <translation>په اړیکه کې: %1</translation>
    </message>
    <message>
        <source>Record instead of contact</source>
        <comment>@label</comment>
        <translation>د اړیکې پر ځای ثبت</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label</comment>
        <translation>له</translation>
    </message>
    <message>
        <source>Record the in-touch status</source>
        <comment>@action:button</comment>
        <translation>د اړیکې حالت ثبت کړه</translation>
    </message>
    <message>
        <source>About them</source>
        <comment>@title</comment>
        <translation>د هغه په اړه</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>@label</comment>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <comment>@label</comment>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Ethnicity: %1</source>
        <comment>@label:listbox</comment>
        <translation>قومیت: %1</translation>
    </message>
    <message>
        <source>Disability</source>
        <comment>@label</comment>
        <translation>معلولیت</translation>
    </message>
    <message>
        <source>Save gender, ethnicity and disability</source>
        <comment>@action:button</comment>
        <translation>جنسیت، قومیت او معلولیت خوندي کړه</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <comment>@title:page</comment>
        <translation>ټکرونه</translation>
    </message>
    <message>
        <source>On this device</source>
        <comment>@title</comment>
        <translation>په دې وسیله</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <comment>@action:button</comment>
        <translation>همدا وساته</translation>
    </message>
    <message>
        <source>Keep the text on this device</source>
        <comment>@action:button</comment>
        <translation type="vanished">په دې وسیله متن وساته</translation>
    </message>
    <message>
        <source>From the server</source>
        <comment>@title</comment>
        <translation>له سرور څخه</translation>
    </message>
    <message>
        <source>Keep the text from the server</source>
        <comment>@action:button</comment>
        <translation type="vanished">د سرور متن وساته</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <comment>@info</comment>
        <translation>هیڅ ټکر نشته.</translation>
    </message>
    <message>
        <source>If the same text is changed on two devices, both versions appear here for you to choose.</source>
        <comment>@info</comment>
        <translation>که یو متن په دوو وسیلو بدل شي، دواړه نسخې دلته ښکاري چې یوه یې وټاکئ.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>%1 (amended)</source>
        <comment>@info</comment>
        <translation>%1 (سم شوی)</translation>
    </message>
    <message>
        <source>Amend</source>
        <comment>@action:button</comment>
        <translation>سمول</translation>
    </message>
    <message>
        <source>Amend contact: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">اړیکه سمول: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@action:button</comment>
        <translation>په غلطۍ ثبت شوی</translation>
    </message>
    <message>
        <source>Mark as entered in error: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">د غلط ثبت په توګه نښه کول: %1</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <comment>@info</comment>
        <translation>لا هیڅ اړیکه نه ده ثبت شوې.</translation>
    </message>
    <message>
        <source>Contacts appear here once they are logged.</source>
        <comment>@info</comment>
        <translation>اړیکې له ثبتېدو وروسته دلته ښکاري.</translation>
    </message>
</context>
<context>
    <name>CopyDocument</name>
    <message>
        <source>My pathway plan</source>
        <comment>@title document to keep</comment>
        <translation>زما د لارې پلان</translation>
    </message>
    <message>
        <source>My health history</source>
        <comment>@title document to keep</comment>
        <translation>زما د روغتیا تاریخچه</translation>
    </message>
    <message>
        <source>%1. Made on %2.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the young person&apos;s name, %2 the day it was made</extracomment>
        <translation>%1. په %2 جوړ شو.</translation>
    </message>
    <message>
        <source>My personal adviser (PA):</source>
        <comment>@label document to keep</comment>
        <translation>زما شخصي سلاکار (PA):</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <comment>@label document to keep</comment>
        <translation>وروستۍ بیاکتنه:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <comment>@label document to keep</comment>
        <translation>راتلونکې بیاکتنه:</translation>
    </message>
    <message>
        <source>What we are aiming for:</source>
        <comment>@label document to keep</comment>
        <translation>زموږ هدف:</translation>
    </message>
    <message>
        <source>In my own words:</source>
        <comment>@label document to keep</comment>
        <translation>زما په خپلو خبرو:</translation>
    </message>
    <message>
        <source>If the plan stops working:</source>
        <comment>@label document to keep</comment>
        <translation>که پلان کار ونکړي:</translation>
    </message>
    <message>
        <source>%1. Who: %2. By: %3. %4.</source>
        <comment>@info document to keep</comment>
        <extracomment>One step of a plan on a document to keep: %1 what, %2 who does it, %3 by when, %4 its status</extracomment>
        <translation>%1. څوک: %2. تر: %3. %4.</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <comment>@info who</comment>
        <translation>لا موافقه نه ده شوې</translation>
    </message>
    <message>
        <source>no date yet</source>
        <comment>@info by when</comment>
        <translation>لا نېټه نشته</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@title document to keep</comment>
        <translation>ګامونه</translation>
    </message>
    <message>
        <source>Nothing written yet. Talk to your PA about it.</source>
        <comment>@info document to keep</comment>
        <translation>لا هیڅ نه دي لیکل شوي. په دې اړه له خپل سلاکار سره خبرې وکړه.</translation>
    </message>
    <message>
        <source>Not written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>لا نه دي لیکل شوي. له خپل سلاکار وپوښته.</translation>
    </message>
    <message>
        <source>My GP, dentist and optician</source>
        <comment>@title document to keep</comment>
        <translation>زما GP (ډاکټر)، د غاښونو ډاکټر او د سترګو متخصص</translation>
    </message>
    <message>
        <source>How to use the NHS</source>
        <comment>@title document to keep</comment>
        <translation>NHS څنګه وکاروې</translation>
    </message>
    <message>
        <source>In an emergency, when a life is at risk, call 999 or go to A&amp;E.</source>
        <comment>@info NHS guidance</comment>
        <translation>په بیړني حالت کې، کله چې د چا ژوند په خطر کې وي، 999 ته زنګ ووهه یا د روغتون بیړنۍ څانګې (A&amp;E) ته لاړ شه.</translation>
    </message>
    <message>
        <source>When you need help fast but it is not an emergency, call 111 or go to 111.nhs.uk. It is free, day and night.</source>
        <comment>@info NHS guidance</comment>
        <translation>کله چې ژر مرستې ته اړتیا لرې خو بیړنی حالت نه وي، 111 ته زنګ ووهه یا 111.nhs.uk ته لاړ شه. دا وړیا ده، شپه او ورځ.</translation>
    </message>
    <message>
        <source>For most health problems, book with your GP practice. Tell them when you move home.</source>
        <comment>@info NHS guidance</comment>
        <translation>د ډېرو روغتیايي ستونزو لپاره، د خپل GP په کلینیک کې وخت ونیسه. کله چې کور بدلوې، هغوی ته ووایه.</translation>
    </message>
    <message>
        <source>A pharmacist can help with minor illnesses without an appointment.</source>
        <comment>@info NHS guidance</comment>
        <translation>درملپلورونکی (فارمسست) کولی شي پرته له مخکې وخت نیولو په وړو ناروغیو کې درسره مرسته وکړي.</translation>
    </message>
    <message>
        <source>Register with a dentist and an optician near where you live, and go for check-ups.</source>
        <comment>@info NHS guidance</comment>
        <translation>ستا د اوسېدو ځای ته نږدې د غاښونو ډاکټر او د سترګو متخصص سره نوم ولیکه، او د معاینې لپاره ورشه.</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>لا هیڅ نه دي لیکل شوي. له خپل سلاکار وپوښته.</translation>
    </message>
    <message>
        <source>My health history was handed over to me on %1.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the day the health history was handed over</extracomment>
        <translation>زما د روغتیا تاریخچه په %1 ماته راکړل شوه.</translation>
    </message>
</context>
<context>
    <name>CopyToKeepCard</name>
    <message>
        <source>A copy of the plan to keep</source>
        <comment>@title</comment>
        <translation>د پلان یوه نسخه چې ویې ساتې</translation>
    </message>
    <message>
        <source>A copy of the health history to keep</source>
        <comment>@title</comment>
        <translation>د روغتیا تاریخچې یوه نسخه چې ویې ساتې</translation>
    </message>
    <message>
        <source>Save it as a PDF file to print, share or keep on your phone.</source>
        <comment>@info</comment>
        <translation>د PDF فایل په توګه یې خوندي کړه چې چاپ یې کړې، شریک یې کړې یا یې په خپل تلیفون کې وساتې.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>PDF فایلونه (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <comment>@action:button</comment>
        <translation>د PDF په توګه خوندي کړه</translation>
    </message>
    <message>
        <source>Save as PDF: the plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">د PDF په توګه خوندي کړه: پلان</translation>
    </message>
    <message>
        <source>Save as PDF: the health history</source>
        <comment>@action:button</comment>
        <translation type="vanished">د PDF په توګه خوندي کړه: د روغتیا تاریخچه</translation>
    </message>
    <message>
        <source>Open to print or share</source>
        <comment>@action:button</comment>
        <translation>د چاپ یا شریکولو لپاره یې پرانیزه</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <comment>@action:button</comment>
        <translation>نېټه وټاکه</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button</comment>
        <extracomment>A date field: %1 what the date is, %2 the date (or &quot;Choose a date&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens a calendar</source>
        <comment>@info</comment>
        <translation>جنتري پرانیزي</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <comment>@title:window</comment>
        <translation>نېټه وټاکه</translation>
    </message>
</context>
<context>
    <name>DateTimeDialog</name>
    <message>
        <source>Time</source>
        <comment>@label:spinbox</comment>
        <translation>وخت</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>@label:spinbox</comment>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>:</source>
        <comment>@label time separator</comment>
        <extracomment>Between the hour and the minute of a time</extracomment>
        <translation>:</translation>
    </message>
    <message>
        <source>Minute</source>
        <comment>@label:spinbox</comment>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@action:button</comment>
        <translation>اوس</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>@action:button</comment>
        <translation>نن</translation>
    </message>
    <message>
        <source>Choose %1 or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the latest date (or date and time) allowed</extracomment>
        <translation>%1 یا مخکې وټاکه.</translation>
    </message>
    <message>
        <source>Choose %1 or later.</source>
        <comment>@info</comment>
        <extracomment>%1 the earliest date (or date and time) allowed</extracomment>
        <translation>%1 یا وروسته وټاکه.</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>@action:button</comment>
        <translation>ټاکل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info date and time</comment>
        <extracomment>A date and a time: %1 date, %2 time</extracomment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>%1, %2</source>
        <comment>@info date and time</comment>
        <extracomment>A date and a time: %1 date, %2 time</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Choose a date and time</source>
        <comment>@action:button</comment>
        <translation>نېټه او وخت وټاکه</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button</comment>
        <extracomment>A date and time field: %1 what it is, %2 the date and time (or &quot;Choose a date and time&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opens a calendar</source>
        <comment>@info</comment>
        <translation>جنتري پرانیزي</translation>
    </message>
    <message>
        <source>Choose a date and time</source>
        <comment>@title:window</comment>
        <translation>نېټه او وخت وټاکه</translation>
    </message>
</context>
<context>
    <name>DocumentEditPage</name>
    <message>
        <source>Add a document</source>
        <comment>@title:page</comment>
        <translation>سند اضافه کړه</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>@title</comment>
        <extracomment>%1 a document, %2 the young person&apos;s name</extracomment>
        <translation>%1 د %2 لپاره</translation>
    </message>
    <message>
        <source>Which document</source>
        <comment>@label</comment>
        <translation>کوم سند</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Due by</source>
        <comment>@label</comment>
        <translation>تر دې نېټې</translation>
    </message>
    <message>
        <source>No due date</source>
        <comment>@action:button</comment>
        <translation>هیڅ وروستۍ نېټه نشته</translation>
    </message>
    <message>
        <source>Expires on</source>
        <comment>@label</comment>
        <translation>پای ته رسیږي په</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <comment>@action:button</comment>
        <translation>د پای نېټه نشته</translation>
    </message>
    <message>
        <source>Who is helping</source>
        <comment>@label:listbox</comment>
        <translation>څوک مرسته کوي</translation>
    </message>
    <message>
        <source>Who is helping: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>Screen reader: %1 the person chosen</extracomment>
        <translation>څوک مرسته کوي: %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>یادښتونه (اختیاري)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">%1 خوندي کړه</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>زما اسناد</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Add a document</source>
        <comment>@action:button</comment>
        <translation>سند اضافه کړه</translation>
    </message>
    <message>
        <source>Add a document to %1&apos;s checklist</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">د %1 لست ته سند اضافه کړه</translation>
    </message>
    <message>
        <source>You asked your PA for help.</source>
        <comment>@info</comment>
        <translation>تا له خپل سلاکار څخه مرسته وغوښته.</translation>
    </message>
    <message>
        <source>I have it now</source>
        <comment>@action:button</comment>
        <translation>اوس یې لرم</translation>
    </message>
    <message>
        <source>I have it now: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">اوس یې لرم: %1</translation>
    </message>
    <message>
        <source>Ask my PA for help</source>
        <comment>@action:button</comment>
        <translation>له خپل سلاکار مرسته وغواړم</translation>
    </message>
    <message>
        <source>Ask my PA for help with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">د %1 لپاره له خپل سلاکار مرسته وغواړم</translation>
    </message>
    <message>
        <source>Confirm they have it</source>
        <comment>@action:button</comment>
        <translation>تایید کړئ چې دا لري</translation>
    </message>
    <message>
        <source>Confirm they have %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">تایید کړئ چې %1 لري</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>@action:button</comment>
        <translation>بدلول</translation>
    </message>
    <message>
        <source>Change %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">%1 بدل کړه</translation>
    </message>
    <message>
        <source>No documents on the checklist yet.</source>
        <comment>@info</comment>
        <translation>لا په لست کې هیڅ سند نشته.</translation>
    </message>
    <message>
        <source>Add the documents they need with the button above.</source>
        <comment>@info</comment>
        <translation>هغه اسناد چې ورته اړتیا لري د پورته تڼۍ سره اضافه کړئ.</translation>
    </message>
    <message>
        <source>Your PA will add the documents you need.</source>
        <comment>@info</comment>
        <translation>ستا سلاکار به هغه اسناد اضافه کړي چې ته یې اړتیا لرې.</translation>
    </message>
</context>
<context>
    <name>EnrolCodeSheet</name>
    <message>
        <source>Set up %1&apos;s phone</source>
        <comment>@title:window</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>د %1 تلیفون جوړول</translation>
    </message>
    <message>
        <source>Read the code out, or let them scan the QR code with their phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>کوډ په لوړ غږ ولولئ، یا پرېږدئ چې د خپل تلیفون کمرې سره QR کوډ سکین کړي.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is the code spelt out one character at a time</extracomment>
        <translation>کوډ: %1</translation>
    </message>
    <message>
        <source>QR code to set up their phone, with the same code</source>
        <comment>@info</comment>
        <translation>د هغه د تلیفون د جوړولو لپاره QR کوډ، د همدې کوډ سره</translation>
    </message>
    <message>
        <source>On their phone:
1. Install Pathway and open it.
2. Tap &quot;I have a code from my PA&quot;.
3. Type the code, or scan the QR code with the camera.
4. They choose their own passphrase or PIN. Nobody else needs to know it.</source>
        <comment>@info</comment>
        <translation>د هغه په تلیفون:
۱. Pathway نصب او پرانیزي.
۲. په «ما له خپل سلاکار کوډ اخیستی» ټک وکړي.
۳. کوډ ولیکي، یا QR کوډ د کمرې سره سکین کړي.
۴. خپل پاسفریز یا PIN وټاکي. بل هیڅوک یې پوهیدو ته اړتیا نلري.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <comment>@action:button</comment>
        <translation>نوی کوډ جوړ کړه</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <source>Mark as entered in error?</source>
        <comment>@title:window</comment>
        <translation>د غلط ثبت په توګه نښه شي؟</translation>
    </message>
    <message>
        <source>It will no longer count as contact in any figure or alert. It stays on the record, struck through, with your reason.</source>
        <comment>@info</comment>
        <translation>نور به په هیڅ شمېره یا خبرتیا کې د اړیکې په توګه ونه شمېرل شي. په دوسیه کې، کرښه ورباندې، ستاسو د دلیل سره پاتې کیږي.</translation>
    </message>
    <message>
        <source>Why was it entered in error?</source>
        <comment>@label:textbox</comment>
        <translation>ولې په غلطۍ ثبت شو؟</translation>
    </message>
    <message>
        <source>For example: logged for the wrong young person</source>
        <comment>@info:placeholder</comment>
        <translation>د بېلګې په توګه: د بل ځوان لپاره ثبت شو</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <comment>@action:button</comment>
        <translation>د غلط ثبت په توګه نښه کړه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>لغوه</translation>
    </message>
</context>
<context>
    <name>EntitlementEditPage</name>
    <message>
        <source>For %1</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>د %1 لپاره</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the status as recorded now</extracomment>
        <translation>اوس: %1</translation>
    </message>
    <message>
        <source>New status</source>
        <comment>@label</comment>
        <translation>نوی حالت</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>له</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>یادښتونه (اختیاري)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>Save the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">د %1 حالت خوندي کړه</translation>
    </message>
</context>
<context>
    <name>GlossaryTerms</name>
    <message>
        <source>Words explained</source>
        <comment>@title</comment>
        <translation>د کلمو مانا</translation>
    </message>
</context>
<context>
    <name>HandoverEditPage</name>
    <message>
        <source>Health history handover</source>
        <comment>@title:page</comment>
        <translation>د روغتیا تاریخچې سپارل</translation>
    </message>
    <message>
        <source>Health history for %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>د %1 د روغتیا تاریخچه</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <comment>@label</comment>
        <translation>سپارل شوې په</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>څنګه</translation>
    </message>
    <message>
        <source>They agreed to their health history being shared</source>
        <comment>@option:check</comment>
        <translation>موافق و چې د روغتیا تاریخچه یې شریکه شي</translation>
    </message>
    <message>
        <source>They have their copy</source>
        <comment>@option:check</comment>
        <translation>خپله نسخه لري</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>یادښتونه (اختیاري)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Save the handover</source>
        <comment>@action:button</comment>
        <translation>سپارل خوندي کړه</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>زما روغتیا</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Health history handover</source>
        <comment>@title</comment>
        <translation>د روغتیا تاریخچې سپارل</translation>
    </message>
    <message>
        <source>Change the handover</source>
        <comment>@action:button</comment>
        <translation>سپارل بدل کړه</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <comment>@action:button</comment>
        <translation>سپارل ثبت کړه</translation>
    </message>
    <message>
        <source>Record the health history handover for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">د %1 لپاره د روغتیا تاریخچې سپارل ثبت کړه</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <comment>@action:button</comment>
        <translation>ملاقات اضافه کړه</translation>
    </message>
    <message>
        <source>Add a note</source>
        <comment>@action:button</comment>
        <translation>یادښت اضافه کړه</translation>
    </message>
    <message>
        <source>Nothing in your health history yet.</source>
        <comment>@info</comment>
        <translation>لا ستا د روغتیا په تاریخچه کې هیڅ نشته.</translation>
    </message>
    <message>
        <source>Add appointments and notes with the buttons above.</source>
        <comment>@info</comment>
        <translation>ملاقاتونه او یادښتونه د پورته تڼیو سره اضافه کړه.</translation>
    </message>
    <message>
        <source>New appointment</source>
        <comment>@title:window</comment>
        <translation>نوی ملاقات</translation>
    </message>
    <message>
        <source>New note</source>
        <comment>@title:window</comment>
        <translation>نوی یادښت</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@info:placeholder</comment>
        <translation>دا څه دي؟</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@label:textbox</comment>
        <translation>دا څه دي؟</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>@label</comment>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>More details (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>نور جزئیات (اختیاري)</translation>
    </message>
    <message>
        <source>More details</source>
        <comment>@label:textbox</comment>
        <translation>نور جزئیات</translation>
    </message>
</context>
<context>
    <name>HelpNowView</name>
    <message>
        <source>If you need help now</source>
        <comment>@title</comment>
        <translation>که همدا اوس مرستې ته اړتیا لرې</translation>
    </message>
    <message>
        <source>Your PA may not answer straight away, for example at night. You can call:</source>
        <comment>@info</comment>
        <translation>ښایي ستا سلاکار سمدستي ځواب ورنکړي، د بېلګې په توګه د شپې. ته کولی شې زنګ ووهې:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info helpline</comment>
        <extracomment>%1 who (e.g. &quot;Samaritans&quot;), %2 when or for whom</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a phone number</extracomment>
        <translation>%1 ته زنګ ووهه</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <comment>@title:page</comment>
        <translation>کور</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <comment>@title</comment>
        <extracomment>Greeting; %1 is the young person&apos;s name</extracomment>
        <translation>سلام %1</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@title</comment>
        <translation>زما سلاکار</translation>
    </message>
    <message>
        <source>We last spoke: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is e.g. &quot;3 weeks ago&quot;</extracomment>
        <translation>وروستی ځل مو خبرې وکړې: %1</translation>
    </message>
    <message>
        <source>My PA is %1. We last spoke: %2</source>
        <comment>@info</comment>
        <translation>زما سلاکار %1 دی. وروستی ځل مو خبرې وکړې: %2</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@action:button</comment>
        <translation>له خپل سلاکار سره خبرې</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@title</comment>
        <translation>بل کار</translation>
    </message>
    <message>
        <source>What to do next: %1 %2</source>
        <comment>@info</comment>
        <translation>بل کار: %1 %2</translation>
    </message>
    <message>
        <source>See my plan</source>
        <comment>@action:button</comment>
        <translation>زما پلان وګوره</translation>
    </message>
    <message>
        <source>My plan review</source>
        <comment>@title</comment>
        <translation>زما د پلان بیاکتنه</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Contact and support</source>
        <comment>@title plan area</comment>
        <translation>اړیکه او ملاتړ</translation>
    </message>
    <message>
        <source>Education and training</source>
        <comment>@title plan area</comment>
        <translation>زده کړه او روزنه</translation>
    </message>
    <message>
        <source>Work and activities</source>
        <comment>@title plan area</comment>
        <translation>کار او فعالیتونه</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <comment>@title plan area</comment>
        <translation>که شیان خراب شي</translation>
    </message>
    <message>
        <source>Where I live</source>
        <comment>@title plan area</comment>
        <translation>چېرې چې اوسیږم</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <comment>@title plan area</comment>
        <translation>کورنۍ او ملګري</translation>
    </message>
    <message>
        <source>Skills for living</source>
        <comment>@title plan area</comment>
        <translation>د ژوند مهارتونه</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>@title plan area</comment>
        <translation>پیسې</translation>
    </message>
    <message>
        <source>Health and feelings</source>
        <comment>@title plan area</comment>
        <translation>روغتیا او احساسات</translation>
    </message>
    <message>
        <source>Who I am</source>
        <comment>@title plan area</comment>
        <translation>زه څوک یم</translation>
    </message>
    <message>
        <source>Who helps me and how we keep in touch</source>
        <comment>@info plan area</comment>
        <translation>څوک له ما سره مرسته کوي او څنګه په اړیکه کې یو</translation>
    </message>
    <message>
        <source>School, college, university or training</source>
        <comment>@info plan area</comment>
        <translation>ښوونځی، کالج، پوهنتون یا روزنه</translation>
    </message>
    <message>
        <source>Jobs, apprenticeships and things I do</source>
        <comment>@info plan area</comment>
        <translation>دندې، د کار زده کړه او هغه کارونه چې زه یې کوم</translation>
    </message>
    <message>
        <source>What happens if my plan stops working</source>
        <comment>@info plan area</comment>
        <translation>که زما پلان کار ونکړي څه کیږي</translation>
    </message>
    <message>
        <source>My home, and if it is right for me</source>
        <comment>@info plan area</comment>
        <translation>زما کور، او ایا زما لپاره سم دی</translation>
    </message>
    <message>
        <source>People who matter to me</source>
        <comment>@info plan area</comment>
        <translation>هغه خلک چې ماته مهم دي</translation>
    </message>
    <message>
        <source>Cooking, shopping, bills and other skills</source>
        <comment>@info plan area</comment>
        <translation>پخلی، پېرودل، بلونه او نور مهارتونه</translation>
    </message>
    <message>
        <source>My money and the help I can get</source>
        <comment>@info plan area</comment>
        <translation>زما پیسې او هغه مرسته چې ترلاسه کولی یې شم</translation>
    </message>
    <message>
        <source>My body and my mind</source>
        <comment>@info plan area</comment>
        <translation>زما بدن او زما ذهن</translation>
    </message>
    <message>
        <source>My culture, faith and language</source>
        <comment>@info plan area</comment>
        <translation>زما کلتور، دین او ژبه</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>@info:status</comment>
        <translation>نه دی پیل شوی</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>@info:status</comment>
        <translation>پیل شوی</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info:status</comment>
        <translation>ترسره شو</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <comment>@info:status</comment>
        <translation>اوس اړتیا نشته</translation>
    </message>
    <message>
        <source>Proposed, waiting for the PA</source>
        <comment>@info:status</comment>
        <extracomment>A step the young person proposed; their PA has not answered yet</extracomment>
        <translation>وړاندیز شوی، د سلاکار انتظار</translation>
    </message>
    <message>
        <source>Birth</source>
        <comment>@info health</comment>
        <translation>زیږون</translation>
    </message>
    <message>
        <source>Family health</source>
        <comment>@info health</comment>
        <translation>د کورنۍ روغتیا</translation>
    </message>
    <message>
        <source>Growing up</source>
        <comment>@info health</comment>
        <translation>لویېدل</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <comment>@info health</comment>
        <translation>واکسین</translation>
    </message>
    <message>
        <source>Allergy</source>
        <comment>@info health</comment>
        <translation>حساسیت</translation>
    </message>
    <message>
        <source>Medicine</source>
        <comment>@info health</comment>
        <translation>درمل</translation>
    </message>
    <message>
        <source>Illness</source>
        <comment>@info health</comment>
        <translation>ناروغي</translation>
    </message>
    <message>
        <source>Hospital</source>
        <comment>@info health</comment>
        <translation>روغتون</translation>
    </message>
    <message>
        <source>Dentist check</source>
        <comment>@info health</comment>
        <translation>د غاښونو معاینه</translation>
    </message>
    <message>
        <source>Eye test</source>
        <comment>@info health</comment>
        <translation>د سترګو معاینه</translation>
    </message>
    <message>
        <source>Feelings and mental health</source>
        <comment>@info health</comment>
        <translation>احساسات او رواني روغتیا</translation>
    </message>
    <message>
        <source>My GP</source>
        <comment>@info health</comment>
        <translation>زما GP (ډاکټر)</translation>
    </message>
    <message>
        <source>My dentist</source>
        <comment>@info health</comment>
        <translation>زما د غاښونو ډاکټر</translation>
    </message>
    <message>
        <source>My optician</source>
        <comment>@info health</comment>
        <translation>زما د سترګو متخصص</translation>
    </message>
    <message>
        <source>Using the NHS</source>
        <comment>@info health</comment>
        <translation>د NHS کارول</translation>
    </message>
    <message>
        <source>Appointment</source>
        <comment>@info health</comment>
        <translation>ملاقات</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info health</comment>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <comment>@info document</comment>
        <translation>د ملي بیمې شمېره (NI)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <comment>@info document</comment>
        <translation>د زیږون سند</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>@info document</comment>
        <translation>پاسپورټ</translation>
    </message>
    <message>
        <source>Provisional driving licence</source>
        <comment>@info document</comment>
        <translation>لنډمهاله د موټر چلولو جواز</translation>
    </message>
    <message>
        <source>Bank account</source>
        <comment>@info document</comment>
        <translation>بانکي حساب</translation>
    </message>
    <message>
        <source>eVisa (UKVI account)</source>
        <comment>@info document</comment>
        <translation>eVisa (د UKVI حساب)</translation>
    </message>
    <message>
        <source>Care leaver letter</source>
        <comment>@info document</comment>
        <translation>د پالنې پرېښودو لیک</translation>
    </message>
    <message>
        <source>GP registration and NHS number</source>
        <comment>@info document</comment>
        <translation>د GP نوم لیکنه او د NHS شمېره</translation>
    </message>
    <message>
        <source>Health summary</source>
        <comment>@info document</comment>
        <translation>د روغتیا لنډیز</translation>
    </message>
    <message>
        <source>Junior ISA</source>
        <comment>@info document</comment>
        <translation>Junior ISA</translation>
    </message>
    <message>
        <source>Registered to vote</source>
        <comment>@info document</comment>
        <translation>د رایې لپاره نوم لیکنه</translation>
    </message>
    <message>
        <source>Universal Credit (as a care leaver)</source>
        <comment>@info document</comment>
        <translation>Universal Credit (د پالنې پرېښودونکي په توګه)</translation>
    </message>
    <message>
        <source>I have it</source>
        <comment>@info:status document</comment>
        <translation>زه یې لرم</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>@info:status document</comment>
        <translation>غوښتنه مې کړې</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>@info:status document</comment>
        <translation>نشته</translation>
    </message>
    <message>
        <source>Not needed</source>
        <comment>@info:status document</comment>
        <translation>اړتیا نشته</translation>
    </message>
    <message>
        <source>Not asked for yet</source>
        <comment>@info:status offer</comment>
        <translation>لا نه دی غوښتل شوی</translation>
    </message>
    <message>
        <source>Asked for</source>
        <comment>@info:status offer</comment>
        <translation>غوښتل شوی</translation>
    </message>
    <message>
        <source>Claimed</source>
        <comment>@info:status offer</comment>
        <translation>ادعا شوې</translation>
    </message>
    <message>
        <source>Got it</source>
        <comment>@info:status offer</comment>
        <translation>ترلاسه مې کړ</translation>
    </message>
    <message>
        <source>Not for me</source>
        <comment>@info:status offer</comment>
        <translation>زما لپاره نه دی</translation>
    </message>
    <message>
        <source>Said no thanks</source>
        <comment>@info:status offer</comment>
        <translation>ومې ویل نه، مننه</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>@info contact</comment>
        <translation>لیدنه</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>@info contact</comment>
        <translation>تلیفوني زنګ</translation>
    </message>
    <message>
        <source>Video call</source>
        <comment>@info contact</comment>
        <translation>ویډیو زنګ</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>@info contact</comment>
        <translation>لیکلی پیغام</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>@info contact</comment>
        <translation>لیک</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <comment>@info contact</comment>
        <translation>حضوري راتګ</translation>
    </message>
    <message>
        <source>Tried to reach</source>
        <comment>@info contact</comment>
        <translation>د اړیکې هڅه</translation>
    </message>
    <message>
        <source>Eligible</source>
        <comment>@info care leaver category</comment>
        <translation>وړ</translation>
    </message>
    <message>
        <source>Relevant</source>
        <comment>@info care leaver category</comment>
        <translation>اړوند</translation>
    </message>
    <message>
        <source>Former relevant</source>
        <comment>@info care leaver category</comment>
        <translation>پخوانی اړوند</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <comment>@info care leaver category</comment>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Not a care leaver</source>
        <comment>@info care leaver category</comment>
        <translation>د پالنې پرېښودونکی نه دی</translation>
    </message>
    <message>
        <source>Moved home</source>
        <comment>@info chronology</comment>
        <translation>کور یې بدل کړ</translation>
    </message>
    <message>
        <source>Started education</source>
        <comment>@info chronology</comment>
        <translation>زده کړه یې پیل کړه</translation>
    </message>
    <message>
        <source>Left education</source>
        <comment>@info chronology</comment>
        <translation>زده کړه یې پرېښوده</translation>
    </message>
    <message>
        <source>Started work</source>
        <comment>@info chronology</comment>
        <translation>کار یې پیل کړ</translation>
    </message>
    <message>
        <source>Left work</source>
        <comment>@info chronology</comment>
        <translation>کار یې پرېښود</translation>
    </message>
    <message>
        <source>Went into custody</source>
        <comment>@info chronology</comment>
        <translation>توقیف شو</translation>
    </message>
    <message>
        <source>Left custody</source>
        <comment>@info chronology</comment>
        <translation>له توقیف خلاص شو</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>@info chronology</comment>
        <translation>امیندواري</translation>
    </message>
    <message>
        <source>Became a parent</source>
        <comment>@info chronology</comment>
        <translation>مور یا پلار شو</translation>
    </message>
    <message>
        <source>Left care</source>
        <comment>@info chronology</comment>
        <translation>پالنه یې پرېښوده</translation>
    </message>
    <message>
        <source>Asylum decision</source>
        <comment>@info chronology</comment>
        <translation>د پناه غوښتنې پرېکړه</translation>
    </message>
    <message>
        <source>Asked for a plan review</source>
        <comment>@info chronology</comment>
        <translation>د پلان بیاکتنې غوښتنه</translation>
    </message>
    <message>
        <source>Other event</source>
        <comment>@info chronology</comment>
        <translation>بله پېښه</translation>
    </message>
    <message>
        <source>Born</source>
        <comment>@info chronology</comment>
        <translation>زیږېدلی</translation>
    </message>
    <message>
        <source>PA allocated</source>
        <comment>@info chronology</comment>
        <translation>سلاکار وټاکل شو</translation>
    </message>
    <message>
        <source>PA allocation ended</source>
        <comment>@info chronology</comment>
        <translation>د سلاکار ټاکنه پای ته ورسېده</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@info chronology</comment>
        <translation>اړیکه</translation>
    </message>
    <message>
        <source>Tried to make contact</source>
        <comment>@info chronology</comment>
        <translation>د اړیکې هڅه</translation>
    </message>
    <message>
        <source>Plan review held</source>
        <comment>@info chronology</comment>
        <translation>د پلان بیاکتنه وشوه</translation>
    </message>
    <message>
        <source>Health history handed over</source>
        <comment>@info chronology</comment>
        <translation>د روغتیا تاریخچه وسپارل شوه</translation>
    </message>
    <message>
        <source>Document obtained</source>
        <comment>@info chronology</comment>
        <translation>سند ترلاسه شو</translation>
    </message>
    <message>
        <source>Regular review</source>
        <comment>@info review</comment>
        <translation>منظمه بیاکتنه</translation>
    </message>
    <message>
        <source>Asked for by the young person</source>
        <comment>@info review</comment>
        <translation>د ځوان په غوښتنه</translation>
    </message>
    <message>
        <source>After a big change</source>
        <comment>@info review</comment>
        <translation>له یو لوی بدلون وروسته</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <comment>@info health handover</comment>
        <translation>کاغذي نسخه</translation>
    </message>
    <message>
        <source>Digital copy</source>
        <comment>@info health handover</comment>
        <translation>ډیجیټل نسخه</translation>
    </message>
    <message>
        <source>Paper and digital copies</source>
        <comment>@info health handover</comment>
        <translation>کاغذي او ډیجیټل نسخې</translation>
    </message>
    <message numerus="yes">
        <source>Contact overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>اړیکه %n ورځ ځنډېدلې</numerusform>
            <numerusform>اړیکه %n ورځې ځنډېدلې</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@info alert</comment>
        <translation>د اړیکې وخت نږدې دی</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@info alert</comment>
        <translation>سلاکار نه دی ټاکل شوی</translation>
    </message>
    <message>
        <source>Visit due after a move</source>
        <comment>@info alert</comment>
        <translation>له کډې وروسته لیدنه پکار ده</translation>
    </message>
    <message numerus="yes">
        <source>Plan review overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>د پلان بیاکتنه %n ورځ ځنډېدلې</numerusform>
            <numerusform>د پلان بیاکتنه %n ورځې ځنډېدلې</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan review due soon</source>
        <comment>@info alert</comment>
        <translation>د پلان بیاکتنې وخت نږدې دی</translation>
    </message>
    <message>
        <source>Health history not handed over</source>
        <comment>@info alert</comment>
        <translation>د روغتیا تاریخچه نه ده سپارل شوې</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a document, e.g. Passport</extracomment>
        <translation>نشته: %1</translation>
    </message>
    <message>
        <source>Missing ID</source>
        <comment>@info alert</comment>
        <translation>پېژندپاڼه نشته</translation>
    </message>
    <message>
        <source>Passport expires soon</source>
        <comment>@info alert</comment>
        <translation>پاسپورټ ژر پای ته رسیږي</translation>
    </message>
    <message>
        <source>Birthday in-touch contact missed</source>
        <comment>@info alert</comment>
        <translation>د زیږون ورځې اړیکه پاتې شوه</translation>
    </message>
    <message>
        <source>Asked for contact</source>
        <comment>@info alert</comment>
        <translation>د اړیکې غوښتنه یې کړې</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>@info alert</comment>
        <translation>پاملرنې ته اړتیا لري</translation>
    </message>
    <message>
        <source>no date</source>
        <comment>@info</comment>
        <translation>نېټه نشته</translation>
    </message>
    <message>
        <source>today</source>
        <comment>@info time</comment>
        <translation>نن</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>@info time</comment>
        <translation>پرون</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>%n ورځ مخکې</numerusform>
            <numerusform>%n ورځې مخکې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>%n اونۍ مخکې</numerusform>
            <numerusform>%n اونۍ مخکې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>%n میاشت مخکې</numerusform>
            <numerusform>%n میاشتې مخکې</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>@info money</comment>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>%1 په کال کې</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>@info money</comment>
        <translation>%1 په میاشت کې</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <comment>@info money</comment>
        <translation>%1 په اونۍ کې</translation>
    </message>
    <message>
        <source>Copy made to keep</source>
        <comment>@info chronology</comment>
        <extracomment>A copy of the young person&apos;s plan or health history was made for them to keep</extracomment>
        <translation>د ساتلو لپاره نسخه جوړه شوه</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <comment>@info recorded need</comment>
        <translation>ژباړونکي ته اړتیا لري</translation>
    </message>
    <message>
        <source>Needs an interpreter: %1</source>
        <comment>@info recorded need</comment>
        <extracomment>A recorded need shown to staff: %1 the young person&apos;s first language</extracomment>
        <translation>ژباړونکي ته اړتیا لري: %1</translation>
    </message>
    <message>
        <source>Not in education, work or training for too long</source>
        <comment>@info alert</comment>
        <translation>ډېره موده پرته له زده کړې، کار یا روزنې</translation>
    </message>
    <message>
        <source>Accommodation not suitable</source>
        <comment>@info alert</comment>
        <translation>استوګنه مناسبه نه ده</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <extracomment>Label of the list of languages; each language is listed in its own words</extracomment>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 is the language in use, in its own words, e.g. &quot;العربية&quot;</extracomment>
        <translation>ژبه: %1</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>پورته کیږي…</translation>
    </message>
</context>
<context>
    <name>LogContactPage</name>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>اړیکه ثبت کړه</translation>
    </message>
    <message>
        <source>Who with</source>
        <comment>@label:listbox</comment>
        <translation>له چا سره</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@label</comment>
        <translation>کله</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>څنګه</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>خبرې مو وکړې (بریالۍ اړیکه)</translation>
    </message>
    <message>
        <source>Successful contact</source>
        <comment>@option:check</comment>
        <translation type="vanished">بریالۍ اړیکه</translation>
    </message>
    <message>
        <source>Seen alone</source>
        <comment>@option:check</comment>
        <translation>یوازې ولیدل شو</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>یادښتونه (اختیاري)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Save contact</source>
        <comment>@action:button</comment>
        <translation>اړیکه خوندي کړه</translation>
    </message>
    <message>
        <source>Log another contact</source>
        <comment>@action:button</comment>
        <translation>بله اړیکه ثبت کړه</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pathway</source>
        <comment>@title:window</comment>
        <translation>Pathway</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>What I can get</source>
        <comment>@title:page</comment>
        <translation>څه ترلاسه کولی شم</translation>
    </message>
</context>
<context>
    <name>OfferView</name>
    <message>
        <source>%1 (%2)</source>
        <comment>@info offer: description (amount)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How to get it: %1</source>
        <comment>@info</comment>
        <translation>څنګه یې ترلاسه کړې: %1</translation>
    </message>
    <message>
        <source>Ask for this</source>
        <comment>@action:button</comment>
        <translation>دا وغواړه</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">%1 وغواړه</translation>
    </message>
    <message>
        <source>Update status</source>
        <comment>@action:button</comment>
        <translation>حالت تازه کړه</translation>
    </message>
    <message>
        <source>Update the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">د %1 حالت تازه کړه</translation>
    </message>
    <message>
        <source>No items of the local offer match right now.</source>
        <comment>@info</comment>
        <translation>اوس د سیمه ییزو خدمتونو هیڅ توکی ستا سره سمون نه خوري.</translation>
    </message>
    <message>
        <source>Ask your PA what help you can get.</source>
        <comment>@info</comment>
        <translation>له خپل سلاکار وپوښته چې کومه مرسته ترلاسه کولی شې.</translation>
    </message>
    <message>
        <source>Ask for this: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">دا وغواړه: %1</translation>
    </message>
</context>
<context>
    <name>Pathway::AlertListModel</name>
    <message>
        <source>Coming due</source>
        <comment>@info alert tier</comment>
        <translation>وخت یې نږدې دی</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>@info alert tier</comment>
        <translation>ځنډېدلی</translation>
    </message>
    <message>
        <source>Escalated to a manager</source>
        <comment>@info alert tier</comment>
        <translation>مدیر ته لیږل شوی</translation>
    </message>
    <message>
        <source>Contact may be lost</source>
        <comment>@info alert tier</comment>
        <extracomment>The young person has not been contacted for so long they may be lost to the service</extracomment>
        <translation>ښایي اړیکه ورکه شوې وي</translation>
    </message>
    <message>
        <source>Needs action now</source>
        <comment>@info alert tier</comment>
        <translation>همدا اوس کار ته اړتیا لري</translation>
    </message>
    <message>
        <source>A young person not on this device yet</source>
        <comment>@info</comment>
        <translation>یو ځوان چې لا په دې وسیله نشته</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: when something is due</extracomment>
        <translation>وخت یې %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: since when the alert&apos;s condition has been true</extracomment>
        <translation>له %1 راهیسې</translation>
    </message>
    <message>
        <source>For a manager</source>
        <comment>@info alert audience</comment>
        <translation>د مدیر لپاره</translation>
    </message>
    <message>
        <source>For the PA</source>
        <comment>@info alert audience</comment>
        <translation>د سلاکار لپاره</translation>
    </message>
    <message>
        <source>a member of staff</source>
        <comment>@info who acknowledged</comment>
        <translation>د کارکوونکو یو غړی</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <comment>@info alert</comment>
        <extracomment>%1 a member of staff, %2 a date and time</extracomment>
        <translation>د %1 لخوا په %2 تایید شو</translation>
    </message>
    <message>
        <source>Acknowledgement as last checked with the server.</source>
        <comment>@info alert</comment>
        <translation>تایید، لکه څنګه چې وروستی ځل له سرور سره کتل شوی.</translation>
    </message>
    <message>
        <source>Found on this device. The server has not listed it yet, so it cannot be acknowledged yet.</source>
        <comment>@info alert</comment>
        <translation>په دې وسیله وموندل شو. سرور لا نه دی لست کړی، نو لا نشي تاییدېدای.</translation>
    </message>
    <message>
        <source>Acknowledging needs a connection to the server.</source>
        <comment>@info alert</comment>
        <translation>تاییدول له سرور سره اړیکې ته اړتیا لري.</translation>
    </message>
    <message>
        <source>Sending the acknowledgement…</source>
        <comment>@info alert</comment>
        <translation>تایید لیږل کیږي…</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>سلاکار ټاکل</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>دوسیه پرانیزه</translation>
    </message>
    <message>
        <source>%1: %2. %3. %4.</source>
        <comment>@info alert</comment>
        <extracomment>Screen reader, one alert: %1 what is wrong, %2 for whom, %3 since when, %4 how serious</extracomment>
        <translation>%1: %2. %3. %4.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>@info alert</comment>
        <extracomment>Screen reader: %1 the alert, %2 &quot;Acknowledged by ... on ...&quot;, %3 the note</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Pathway::AlertsController</name>
    <message>
        <source>Demo: these alerts are worked out on this device. Nothing is sent, so they cannot be acknowledged.</source>
        <comment>@info</comment>
        <translation>ازمایښتي نسخه: دا خبرتیاوې په همدې وسیله حسابیږي. هیڅ نه لیږل کیږي، نو نشي تاییدېدای.</translation>
    </message>
    <message>
        <source>This device is not signed in to the server, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>دا وسیله سرور ته ننوتې نه ده، نو دا لست په همدې وسیله حسابیږي. تاییدول اړیکې ته اړتیا لري.</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so this list is worked out on this device. Sign in again to acknowledge alerts.</source>
        <comment>@info</comment>
        <translation>ستاسو ننوتل پای ته رسېدلي، نو دا لست په همدې وسیله حسابیږي. د خبرتیاوو د تاییدولو لپاره بیا ننوځئ.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>له سرور سره کتل کیږي…</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>سرور ته لاسرسی نشته، نو دا لست په همدې وسیله حسابیږي. تاییدول اړیکې ته اړتیا لري.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device, with the acknowledgements as they were on %1. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>سرور ته لاسرسی نشته، نو دا لست په همدې وسیله حسابیږي، د تاییدونو سره لکه څنګه چې په %1 وو. تاییدول اړیکې ته اړتیا لري.</translation>
    </message>
    <message>
        <source>Checked with the server on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>په %1 له سرور سره وکتل شو.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need(s) action.</source>
        <comment>@info</comment>
        <extracomment>The first sentence of the alerts page&apos;s summary; the second is separate so each can take plurals</extracomment>
        <translation>
            <numerusform>%n خبرتیا کار ته اړتیا لري.</numerusform>
            <numerusform>%n خبرتیاوې کار ته اړتیا لري.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged.</source>
        <comment>@info alerts</comment>
        <translation>
            <numerusform>%n تایید شوې.</numerusform>
            <numerusform>%n تایید شوې.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info</comment>
        <extracomment>%1 &quot;3 alerts need action.&quot; %2 &quot;2 acknowledged.&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Write a note: what is being done about it, or why it can wait.</source>
        <comment>@info</comment>
        <translation>یادښت ولیکئ: د دې لپاره څه کیږي، یا ولې انتظار کولی شي.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n character(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>یادښت ډېر اوږد دی: تر ټولو ډېر %n توری.</numerusform>
            <numerusform>یادښت ډېر اوږد دی: تر ټولو ډېر %n توري.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: your sign-in has expired. Sign in again, then acknowledge.</source>
        <comment>@info</comment>
        <translation>ونه لیږل شو: ستاسو ننوتل پای ته رسېدلي. بیا ننوځئ، بیا یې تایید کړئ.</translation>
    </message>
    <message>
        <source>Not sent: acknowledging needs a connection to the server. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>ونه لیږل شو: تاییدول له سرور سره اړیکې ته اړتیا لري. ستاسو یادښت دلته ساتل کیږي؛ کله چې آنلاین شوئ بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Not sent: the server has not listed this alert yet. It can be acknowledged after the next sync.</source>
        <comment>@info</comment>
        <translation>ونه لیږل شو: سرور لا دا خبرتیا نه ده لست کړې. له بلې همغږي وروسته تاییدېدای شي.</translation>
    </message>
    <message>
        <source>Acknowledged. Everyone who sees this alert now sees your note.</source>
        <comment>@info</comment>
        <translation>تایید شو. هر څوک چې دا خبرتیا ویني، اوس ستاسو یادښت ویني.</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>ونه لیږل شو: سرور ته لاسرسی نشته. ستاسو یادښت دلته ساتل کیږي؛ کله چې آنلاین شوئ بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Not acknowledged: this alert has cleared on the server in the meantime.</source>
        <comment>@info</comment>
        <translation>تایید نشو: دا خبرتیا په دې منځ کې په سرور کې پای ته رسېدلې.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server no longer shows you this alert.</source>
        <comment>@info</comment>
        <translation>تایید نشو: سرور نور تاسو ته دا خبرتیا نه ښيي.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept the note. Write a shorter note and try again.</source>
        <comment>@info</comment>
        <translation>تایید نشو: سرور یادښت ونه مانه. لنډ یادښت ولیکئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept it. Try again later.</source>
        <comment>@info</comment>
        <translation>تایید نشو: سرور ونه مانه. وروسته بیا هڅه وکړئ.</translation>
    </message>
</context>
<context>
    <name>Pathway::AppController</name>
    <message>
        <source>The first sync did not finish. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>لومړۍ همغږي پای ته ونه رسېده. اړیکه وګوره او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>ستا ننوتل پای ته رسېدلي. ستا بدلونونه په دې وسیله ساتل کیږي.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters or digits.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>لږ تر لږه %n توری یا عدد وکاروه.</numerusform>
            <numerusform>لږ تر لږه %n توري یا عددونه وکاروه.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different. Type the same one twice.</source>
        <comment>@info</comment>
        <translation>دواړه لیکل شوي یو شان نه دي. همغه دوه ځله ولیکه.</translation>
    </message>
    <message>
        <source>Sign in first: go back and type your e-mail and password, or your code.</source>
        <comment>@info</comment>
        <translation>لومړی ننوځه: بېرته لاړ شه او خپل برېښنالیک او پټنوم، یا خپل کوډ ولیکه.</translation>
    </message>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation type="vanished">هغه نوی کوډ ولیکه چې له خپل سلاکار څخه دې اخیستی.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation type="vanished">خپل پټنوم ولیکه.</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation type="vanished">دا کوډ د بل چا لپاره دی. دا تلیفون ستا معلومات ساتي، نو یوازې هغه کوډ دلته کار کوي چې ستا لپاره جوړ شوی. له خپل سلاکار نوی کوډ وغواړه.</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation type="vanished">دا بل حساب دی. دا وسیله د هغه چا معلومات ساتي چې جوړه یې کړې، نو یوازې هغه دلته ننوتلی شي. هیڅ بدل نشو.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation type="vanished">
            <numerusform>ډېرې هڅې. %n ثانیه صبر وکړه، بیا هڅه وکړه.</numerusform>
            <numerusform>ډېرې هڅې. %n ثانیې صبر وکړه، بیا هڅه وکړه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation type="vanished">سرور ته لاسرسی نشته. ستا بدلونونه ساتل کیږي؛ کله چې آنلاین شوې بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">دا کوډ کار ونکړ. ښایي کارول شوی یا زوړ وي: له خپل سلاکار نوی وغواړه. په دې تلیفون کې هیڅ بدل نشو.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">دا پټنوم سم نه دی. په دې وسیله کې هیڅ بدل نشو.</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation type="vanished">ننوتل کار ونکړ. ستا بدلونونه ساتل کیږي؛ وروسته بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>This device was signed out by your leaving-care service and the information on it was removed. If this is your device, sign in again.</source>
        <comment>@info</comment>
        <translation>ستا د پالنې پرېښودو خدمت دا وسیله له حساب څخه وویسته او معلومات یې ورنه لرې کړل. که دا ستا وسیله ده، بیا ننوځه.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <comment>@info</comment>
        <translation>دا پاسفریز سم نه دی. بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <comment>@info</comment>
        <translation>ډېرې غلطې هڅې. صبر وکړه، بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>This device&apos;s key store cannot be reached. Unlock the device and try again.</source>
        <comment>@info</comment>
        <translation>د دې وسیلې د کیلي ځای ته لاسرسی نشته. وسیله خلاصه کړه او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>There is no data on this device yet.</source>
        <comment>@info</comment>
        <translation>لا په دې وسیله کې معلومات نشته.</translation>
    </message>
    <message>
        <source>This device already has data. Unlock it instead.</source>
        <comment>@info</comment>
        <translation>دا وسیله دمخه معلومات لري. پر ځای یې خلاصه کړه.</translation>
    </message>
    <message>
        <source>This device&apos;s data file is missing. Nothing was replaced. Restore it from a backup, or sign in again to download your records.</source>
        <comment>@info</comment>
        <translation>د دې وسیلې د معلوماتو فایل ورک دی. هیڅ بدل نشو. له بیک اپ څخه یې بېرته راوړه، یا بیا ننوځه چې خپلې دوسیې ښکته کړې.</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <comment>@info</comment>
        <translation>په دې وسیله کې معلومات پرانیستل نشول.</translation>
    </message>
</context>
<context>
    <name>Pathway::AttentionNotifier</name>
    <message>
        <source>Open alerts</source>
        <comment>@action:button notification</comment>
        <extracomment>The button of an OS notification that opens the alerts page</extracomment>
        <translation>خبرتیاوې پرانیزه</translation>
    </message>
    <message numerus="yes">
        <source>%n young people in your team have a new alert for a manager</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a manager&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>ستاسو په ټیم کې %n ځوان د مدیر لپاره نوې خبرتیا لري</numerusform>
            <numerusform>ستاسو په ټیم کې %n ځوانان د مدیر لپاره نوې خبرتیا لري</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n young people on your caseload have a new alert</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a PA&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>ستاسو په لست کې %n ځوان نوې خبرتیا لري</numerusform>
            <numerusform>ستاسو په لست کې %n ځوانان نوې خبرتیا لري</numerusform>
        </translation>
    </message>
    <message>
        <source>Pathway</source>
        <comment>@title:notification</comment>
        <translation>Pathway</translation>
    </message>
</context>
<context>
    <name>Pathway::CaseloadController</name>
    <message numerus="yes">
        <source>%n young people.</source>
        <comment>@info</comment>
        <extracomment>%n young people; the second sentence is separate so each can take plurals</extracomment>
        <translation>
            <numerusform>%n ځوان.</numerusform>
            <numerusform>%n ځوانان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n پاملرنې ته اړتیا لري.</numerusform>
            <numerusform>%n پاملرنې ته اړتیا لري.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info</comment>
        <extracomment>%1 &quot;12 young people.&quot; %2 &quot;3 need attention.&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Pathway::CaseloadModel</name>
    <message>
        <source>Nothing overdue</source>
        <comment>@info</comment>
        <translation>هیڅ نه دی ځنډېدلی</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>@info other alerts</comment>
        <translation>
            <numerusform>او %n نور</numerusform>
            <numerusform>او %n نور</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <comment>@info</comment>
        <translation>وروستۍ اړیکه %1</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <comment>@info</comment>
        <translation>هیڅ اړیکه نه ده ثبت شوې</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>غوښتي چې نن خبرې وکړي</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>غوښتي چې خبرې وکړي</translation>
    </message>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>عمر %1، %2</translation>
    </message>
    <message>
        <source>No PA</source>
        <comment>@info</comment>
        <translation>سلاکار نشته</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 name, %2 what needs attention, %3 last contact</extracomment>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>%1. %2. %3. %4</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 name, %2 &quot;Asked to talk today&quot;, %3 what needs attention, %4 last contact</extracomment>
        <translation>%1. %2. %3. %4</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@info recorded need</comment>
        <extracomment>Screen reader: %1 the card&apos;s name, %2 &quot;Needs an interpreter: ...&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Pathway::ChronologyModel</name>
    <message>
        <source>A PA</source>
        <comment>@info chronology</comment>
        <translation>یو سلاکار</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>Pathway::CircumstancesController</name>
    <message>
        <source>No activity recorded yet.</source>
        <comment>@info</comment>
        <translation>لا هیڅ فعالیت نه دی ثبت شوی.</translation>
    </message>
    <message>
        <source>%1, since %2.</source>
        <comment>@info activity</comment>
        <extracomment>%1 an activity (&quot;Other education, full time&quot;), %2 a date</extracomment>
        <translation>%1، له %2 راهیسې.</translation>
    </message>
    <message>
        <source>No accommodation recorded yet.</source>
        <comment>@info</comment>
        <translation>لا هیڅ استوګنه نه ده ثبت شوې.</translation>
    </message>
    <message>
        <source>%1, suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Independent living&quot;), %2 a date</extracomment>
        <translation>%1، مناسبه، له %2 راهیسې.</translation>
    </message>
    <message>
        <source>%1, not suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Bed and breakfast&quot;), %2 a date</extracomment>
        <translation>%1، نامناسبه، له %2 راهیسې.</translation>
    </message>
    <message>
        <source>Worked out from contacts around each birthday; nothing else recorded.</source>
        <comment>@info</comment>
        <translation>د هرې زیږون ورځې شاوخوا له اړیکو معلوم شوی؛ بل څه نه دي ثبت شوي.</translation>
    </message>
    <message>
        <source>%1, recorded from %2.</source>
        <comment>@info in touch</comment>
        <extracomment>%1 an in-touch status (&quot;Refuses contact&quot;), %2 a date</extracomment>
        <translation>%1، له %2 څخه ثبت شوی.</translation>
    </message>
    <message>
        <source>disability not recorded</source>
        <comment>@info</comment>
        <translation>معلولیت نه دی ثبت شوی</translation>
    </message>
    <message>
        <source>has a disability</source>
        <comment>@info</comment>
        <translation>معلولیت لري</translation>
    </message>
    <message>
        <source>no disability</source>
        <comment>@info</comment>
        <translation>معلولیت نلري</translation>
    </message>
    <message>
        <source>Gender: %1. Ethnicity: %2. %3.</source>
        <comment>@info</comment>
        <extracomment>%1 gender, %2 ethnicity, %3 disability (&quot;no disability&quot;)</extracomment>
        <translation>جنسیت: %1. قومیت: %2. %3.</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <comment>@option</comment>
        <translation>معلولیت لري</translation>
    </message>
    <message>
        <source>No disability</source>
        <comment>@option</comment>
        <translation>معلولیت نلري</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@option</comment>
        <translation>نه دی ثبت شوی</translation>
    </message>
    <message>
        <source>Choose the day it started.</source>
        <comment>@info</comment>
        <translation>هغه ورځ وټاکئ چې پیل شو.</translation>
    </message>
    <message>
        <source>The activity is recorded.</source>
        <comment>@info</comment>
        <translation>فعالیت ثبت شو.</translation>
    </message>
    <message>
        <source>Choose the day they moved in.</source>
        <comment>@info</comment>
        <translation>هغه ورځ وټاکئ چې هلته کډه شو.</translation>
    </message>
    <message>
        <source>The accommodation is recorded.</source>
        <comment>@info</comment>
        <translation>استوګنه ثبت شوه.</translation>
    </message>
    <message>
        <source>Choose the day it applies from.</source>
        <comment>@info</comment>
        <translation>هغه ورځ وټاکئ چې له هغې پلي کېږي.</translation>
    </message>
    <message>
        <source>The in-touch status is recorded.</source>
        <comment>@info</comment>
        <translation>د اړیکې حالت ثبت شو.</translation>
    </message>
    <message>
        <source>You cannot change this record.</source>
        <comment>@info</comment>
        <translation>تاسو دا دوسیه نشئ بدلولی.</translation>
    </message>
    <message>
        <source>Gender, ethnicity and disability are saved.</source>
        <comment>@info</comment>
        <translation>جنسیت، قومیت او معلولیت خوندي شول.</translation>
    </message>
</context>
<context>
    <name>Pathway::ConflictsModel</name>
    <message>
        <source>The young person&apos;s own words</source>
        <comment>@title conflict</comment>
        <translation>د ځوان خپلې خبرې</translation>
    </message>
    <message>
        <source>The goal</source>
        <comment>@title conflict</comment>
        <translation>هدف</translation>
    </message>
    <message>
        <source>What happens if the plan stops working</source>
        <comment>@title conflict</comment>
        <translation>که پلان کار ونکړي څه کیږي</translation>
    </message>
    <message>
        <source>The notes</source>
        <comment>@title conflict</comment>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@title conflict</comment>
        <translation>په پلان کې یو ګام</translation>
    </message>
    <message>
        <source>A text</source>
        <comment>@title conflict</comment>
        <translation>یو متن</translation>
    </message>
    <message>
        <source>Plan, %1: %2</source>
        <comment>@title conflict</comment>
        <extracomment>%1 a plan area, %2 which text in it, e.g. &quot;Plan, Health: The goal&quot;</extracomment>
        <translation>پلان، %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@title conflict</comment>
        <extracomment>A conflict on a staff member&apos;s device: %1 the young person&apos;s name, %2 what</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. On this device: %2. From the server: %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 what, %2 this device&apos;s text, %3 the other text</extracomment>
        <translation>%1. په دې وسیله: %2. له سرور: %3</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactLogController</name>
    <message>
        <source>The visit with %1 is already saved (%2).</source>
        <comment>@info</comment>
        <extracomment>%1 name, %2 the time it was saved</extracomment>
        <translation>د %1 سره لیدنه دمخه خوندي شوې (%2).</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <comment>@info</comment>
        <translation>لیدنه خوندي نشوه.</translation>
    </message>
    <message>
        <source>Visit with %1 saved on this device.</source>
        <comment>@info</comment>
        <translation>د %1 سره لیدنه په دې وسیله خوندي شوه.</translation>
    </message>
    <message>
        <source>Choose who the contact was with.</source>
        <comment>@info</comment>
        <translation>وټاکئ چې اړیکه له چا سره وه.</translation>
    </message>
    <message>
        <source>Choose when the contact happened.</source>
        <comment>@info</comment>
        <translation>وټاکئ چې اړیکه کله وشوه.</translation>
    </message>
    <message>
        <source>%1 is in the future. Choose when the contact happened: now or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the time chosen</extracomment>
        <translation>%1 په راتلونکي کې دی. وټاکئ چې اړیکه کله وشوه: اوس یا مخکې.</translation>
    </message>
    <message>
        <source>Some of that is missing or too long.</source>
        <comment>@info</comment>
        <translation>یو څه یې ورک یا ډېر اوږد دي.</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <comment>@info</comment>
        <translation>اړیکه خوندي نشوه.</translation>
    </message>
    <message>
        <source>%1 with %2 saved on this device.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact, %2 name</extracomment>
        <translation>%1 د %2 سره په دې وسیله خوندي شو.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>@info</comment>
        <translation>هیڅ بدل نشو.</translation>
    </message>
    <message>
        <source>Give a reason for the amendment.</source>
        <comment>@info</comment>
        <translation>د سمون دلیل ولیکئ.</translation>
    </message>
    <message>
        <source>Amendment saved. The original contact is kept.</source>
        <comment>@info</comment>
        <translation>سمون خوندي شو. اصلي اړیکه ساتل کیږي.</translation>
    </message>
    <message>
        <source>That contact is not on this device.</source>
        <comment>@info</comment>
        <translation>دا اړیکه په دې وسیله کې نشته.</translation>
    </message>
    <message>
        <source>This contact is marked as entered in error.</source>
        <comment>@info</comment>
        <translation>دا اړیکه د غلط ثبت په توګه نښه شوې.</translation>
    </message>
    <message>
        <source>Say why this contact was entered in error.</source>
        <comment>@info</comment>
        <translation>ووایاست چې دا اړیکه ولې په غلطۍ ثبت شوه.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <comment>@info</comment>
        <translation>دلیل ډېر اوږد دی.</translation>
    </message>
    <message>
        <source>The contact could not be marked as entered in error.</source>
        <comment>@info</comment>
        <translation>اړیکه د غلط ثبت په توګه نښه نشوه.</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact, and the request to talk it answered is open again. The original stays on the record.</source>
        <comment>@info</comment>
        <translation>د غلط ثبت په توګه نښه شوه. نور د اړیکې په توګه نه شمېرل کیږي، او د خبرو هغه غوښتنه چې دې ځواب کړې وه بیا پرانیستې ده. اصلي په دوسیه کې پاتې کیږي.</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact; the original stays on the record.</source>
        <comment>@info</comment>
        <translation>د غلط ثبت په توګه نښه شوه. نور د اړیکې په توګه نه شمېرل کیږي؛ اصلي په دوسیه کې پاتې کیږي.</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestController</name>
    <message>
        <source>Call %1 on %2</source>
        <comment>@action:button</comment>
        <extracomment>A button that phones: %1 who, %2 their number</extracomment>
        <translation>%1 ته په %2 زنګ ووهه</translation>
    </message>
    <message>
        <source>Out-of-hours team</source>
        <comment>@info helpline</comment>
        <translation>له کاري وخت بهر ټیم</translation>
    </message>
    <message>
        <source>When your PA cannot answer</source>
        <comment>@info helpline</comment>
        <translation>کله چې ستا سلاکار ځواب نشي ورکولی</translation>
    </message>
    <message>
        <source>Emergency: police, ambulance, fire</source>
        <comment>@info helpline</comment>
        <translation>بیړني: پولیس، امبولانس، اور وژنه</translation>
    </message>
    <message>
        <source>If you or someone else is in danger now</source>
        <comment>@info helpline</comment>
        <translation>که ته یا بل څوک همدا اوس په خطر کې یاست</translation>
    </message>
    <message>
        <source>Childline</source>
        <comment>@info helpline</comment>
        <translation>Childline</translation>
    </message>
    <message>
        <source>Free, day or night, if you are under 19</source>
        <comment>@info helpline</comment>
        <translation>وړیا، شپه او ورځ، که له ۱۹ کالو کم یې</translation>
    </message>
    <message>
        <source>Samaritans</source>
        <comment>@info helpline</comment>
        <translation>Samaritans</translation>
    </message>
    <message>
        <source>Free, day or night, whatever you are going through</source>
        <comment>@info helpline</comment>
        <translation>وړیا، شپه او ورځ، هر څه چې درباندې تېریږي</translation>
    </message>
    <message>
        <source>This request has been answered already.</source>
        <comment>@info</comment>
        <translation>دې غوښتنې ته دمخه ځواب ورکړل شوی.</translation>
    </message>
    <message>
        <source>This request is no longer on this device.</source>
        <comment>@info</comment>
        <translation>دا غوښتنه نور په دې وسیله کې نشته.</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <comment>@info</comment>
        <translation>لومړی خپل ځواب ولیکه.</translation>
    </message>
    <message>
        <source>The reply could not be saved. It may be too long.</source>
        <comment>@info</comment>
        <translation>ځواب خوندي نشو. ښایي ډېر اوږد وي.</translation>
    </message>
    <message>
        <source>Reply saved on this device. It is sent when you are online.</source>
        <comment>@info</comment>
        <translation>ځواب په دې وسیله خوندي شو. کله چې آنلاین یاست لیږل کیږي.</translation>
    </message>
    <message>
        <source>Choose how you talked.</source>
        <comment>@info</comment>
        <translation>وټاکئ چې څنګه مو خبرې وکړې.</translation>
    </message>
    <message>
        <source>The contact could not be saved. The notes may be too long.</source>
        <comment>@info</comment>
        <translation>اړیکه خوندي نشوه. ښایي یادښتونه ډېر اوږد وي.</translation>
    </message>
    <message>
        <source>%1 saved on this device. The request is answered.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact (&quot;Phone call&quot;)</extracomment>
        <translation>%1 په دې وسیله خوندي شو. غوښتنې ته ځواب ورکړل شو.</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestsModel</name>
    <message>
        <source>%1 at %2</source>
        <comment>@info</comment>
        <extracomment>%1 how long ago (&quot;today&quot;, &quot;3 days ago&quot;), %2 a time (&quot;18:40&quot;)</extracomment>
        <translation>%1 په %2</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>غوښتي چې نن خبرې وکړي</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>غوښتي چې خبرې وکړي</translation>
    </message>
    <message>
        <source>You asked to talk today</source>
        <comment>@info request</comment>
        <translation>تا وغوښتل چې نن خبرې وکړې</translation>
    </message>
    <message>
        <source>You asked to talk</source>
        <comment>@info request</comment>
        <translation>تا وغوښتل چې خبرې وکړې</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>@info:status request</comment>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>Saved on your phone. It goes to your PA when you are online.</source>
        <comment>@info:status</comment>
        <translation>ستا په تلیفون کې خوندي شو. کله چې آنلاین شې ستا سلاکار ته ځي.</translation>
    </message>
    <message>
        <source>Not accepted: ask your PA in another way.</source>
        <comment>@info:status</comment>
        <translation>ونه منل شو: له خپل سلاکار څخه په بله لاره وپوښته.</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <comment>@info:status</comment>
        <translation>ستاسو د ځواب انتظار</translation>
    </message>
    <message>
        <source>Your PA has it. Waiting for an answer.</source>
        <comment>@info:status</comment>
        <translation>ستا سلاکار دا لري. د ځواب انتظار.</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>@info:status</comment>
        <translation>ځواب ورکړل شو</translation>
    </message>
    <message>
        <source>Your PA</source>
        <comment>@info</comment>
        <translation>ستا سلاکار</translation>
    </message>
    <message>
        <source>%1 replied: %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 their reply</extracomment>
        <translation>%1 ځواب ورکړ: %2</translation>
    </message>
    <message>
        <source>%1 answered: %2, %3</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 kind of contact (&quot;Phone&quot;), %3 when</extracomment>
        <translation>%1 ځواب ورکړ: %2، %3</translation>
    </message>
    <message>
        <source>Answered by %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 when</extracomment>
        <translation>د %1 لخوا ځواب ورکړل شو، %2</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>@info:status</comment>
        <translation>بېرته واخیستل شو</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@info request</comment>
        <extracomment>%1 when the request was made, %2 where it stands (&quot;Your PA has it. Waiting for an answer.&quot;)</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1, %2. %3. %4</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 heading, %2 when, %3 where it stands, %4 the message or the answer</extracomment>
        <translation>%1، %2. %3. %4</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactsModel</name>
    <message>
        <source>We talked</source>
        <comment>@info contact outcome</comment>
        <translation>خبرې مو وکړې</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <comment>@info contact outcome</comment>
        <translation>اړیکه ونشوه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info</comment>
        <extracomment>%1 outcome, %2 the staff member</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Entered in error: %1 (marked by %2)</source>
        <comment>@info</comment>
        <extracomment>%1 why the contact was entered in error, %2 who marked it</extracomment>
        <translation>په غلطۍ ثبت شوی: %1 (د %2 لخوا نښه شوی)</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <comment>@info</comment>
        <extracomment>%1 why the contact was entered in error</extracomment>
        <translation>په غلطۍ ثبت شوی: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@info contact outcome</comment>
        <translation>په غلطۍ ثبت شوی</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 kind of contact, %2 when, %3 outcome</extracomment>
        <translation>%1، %2، %3</translation>
    </message>
</context>
<context>
    <name>Pathway::CopyToKeepController</name>
    <message>
        <source>That copy could not be made. Choose a folder on this device.</source>
        <comment>@info</comment>
        <translation>دا نسخه جوړه نشوه. په دې وسیله کې یو فولډر وټاکه.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <comment>@info</comment>
        <translation>نسخه هلته خوندي نشوه. بل فولډر وټاکه.</translation>
    </message>
    <message>
        <source>Saved as %1. Open it to print or share it.</source>
        <comment>@info</comment>
        <extracomment>%1 the file&apos;s name, e.g. pathway-plan-2026-12-06.pdf</extracomment>
        <translation>د %1 په نوم خوندي شو. پرانیزه یې چې چاپ یا شریک یې کړې.</translation>
    </message>
    <message>
        <source>Saved as %1, but this device could not note it in the record.</source>
        <comment>@info</comment>
        <translation>د %1 په نوم خوندي شو، خو دې وسیلې ونشو کولی چې په دوسیه کې یې ثبت کړي.</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentEditController</name>
    <message>
        <source>A document</source>
        <comment>@title</comment>
        <translation>یو سند</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <comment>@item:inlistbox who is helping</comment>
        <translation>لا هیڅوک</translation>
    </message>
    <message>
        <source>%1 (their PA)</source>
        <comment>@item:inlistbox</comment>
        <extracomment>%1 the PA&apos;s name</extracomment>
        <translation>%1 (د هغه سلاکار)</translation>
    </message>
    <message>
        <source>%1 says they have it now. Check it, then save it as &quot;Have it&quot;.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>%1 وایي چې اوس یې لري. وې ګورئ، بیا یې د «زه یې لرم» په توګه خوندي کړئ.</translation>
    </message>
    <message>
        <source>%1 asked for help with this.</source>
        <comment>@info</comment>
        <translation>%1 د دې لپاره مرسته غوښتې.</translation>
    </message>
    <message>
        <source>Choose which document to add.</source>
        <comment>@info</comment>
        <translation>وټاکئ چې کوم سند اضافه شي.</translation>
    </message>
    <message>
        <source>The expiry date is before the day they got it. Check the expiry date.</source>
        <comment>@info</comment>
        <translation>د پای نېټه د هغې ورځې نه مخکې ده چې ترلاسه یې کړ. د پای نېټه وګورئ.</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <comment>@info document</comment>
        <translation>%1 تازه شو.</translation>
    </message>
    <message>
        <source>%1: confirmed that they have it.</source>
        <comment>@info document</comment>
        <translation>%1: تایید شو چې دا لري.</translation>
    </message>
    <message>
        <source>Thank you. Your PA will check it and confirm.</source>
        <comment>@info</comment>
        <translation>مننه. ستا سلاکار به یې وګوري او تایید به یې کړي.</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentsModel</name>
    <message>
        <source>Out of date</source>
        <comment>@info:status document</comment>
        <translation>وخت یې تېر شوی</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>پای ته رسیږي %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info</comment>
        <translation>وخت یې %1</translation>
    </message>
    <message>
        <source>%1 is helping</source>
        <comment>@info</comment>
        <extracomment>%1 is a person, e.g. the PA&apos;s name</extracomment>
        <translation>%1 مرسته کوي</translation>
    </message>
    <message>
        <source>%1. %2 is helping</source>
        <comment>@info</comment>
        <translation>%1. %2 مرسته کوي</translation>
    </message>
    <message>
        <source>They asked for help.</source>
        <comment>@info document</comment>
        <translation>مرسته یې غوښتې.</translation>
    </message>
    <message>
        <source>%1. They asked for help.</source>
        <comment>@info document</comment>
        <translation>%1. مرسته یې غوښتې.</translation>
    </message>
    <message>
        <source>Says they have it: confirm</source>
        <comment>@info:status document</comment>
        <translation>وایي چې لري یې: تایید کړئ</translation>
    </message>
    <message>
        <source>Waiting for your PA to confirm</source>
        <comment>@info:status document</comment>
        <translation>د سلاکار د تایید انتظار</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>Pathway::EnrolCodeController</name>
    <message>
        <source>It works once, until %1 at %2.</source>
        <comment>@info</comment>
        <extracomment>%1 is a date, e.g. &quot;Wednesday, 9 December 2026&quot;; %2 a time, e.g. &quot;14:05&quot;</extracomment>
        <translation>یو ځل کار کوي، تر %1 په %2.</translation>
    </message>
    <message>
        <source>Waiting for their phone to use the code.</source>
        <comment>@info</comment>
        <translation>انتظار چې د هغه تلیفون کوډ وکاروي.</translation>
    </message>
    <message>
        <source>Done: %1&apos;s phone is set up. Their plan arrives on it now.</source>
        <comment>@info</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>ترسره شو: د %1 تلیفون جوړ شو. پلان یې اوس پرې راځي.</translation>
    </message>
    <message>
        <source>This code has run out before it was used. Make a new one.</source>
        <comment>@info</comment>
        <translation>دا کوډ له کارولو مخکې پای ته ورسېد. نوی جوړ کړئ.</translation>
    </message>
    <message>
        <source>Making a code…</source>
        <comment>@info</comment>
        <translation>کوډ جوړیږي…</translation>
    </message>
    <message>
        <source>The demo has no server, so it cannot make a real code. Signed in to your council&apos;s server, this shows a code and a QR code for their phone.</source>
        <comment>@info</comment>
        <translation>ازمایښتي نسخه سرور نلري، نو ریښتینی کوډ نشي جوړولی. کله چې د خپلې شورا سرور ته ننوتلي یاست، دلته د هغه د تلیفون لپاره کوډ او QR کوډ ښکاري.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Making a code needs a connection: try again when you are online.</source>
        <comment>@info</comment>
        <translation>سرور ته لاسرسی نشته. د کوډ جوړول اړیکې ته اړتیا لري: کله چې آنلاین شوئ بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again, then make the code.</source>
        <comment>@info</comment>
        <translation>ستاسو ننوتل پای ته رسېدلي. بیا ننوځئ، بیا کوډ جوړ کړئ.</translation>
    </message>
    <message>
        <source>Only their PA or their PA&apos;s manager can make a code for their phone.</source>
        <comment>@info</comment>
        <translation>یوازې د هغه سلاکار یا د سلاکار مدیر د هغه د تلیفون لپاره کوډ جوړولی شي.</translation>
    </message>
    <message>
        <source>The server could not make a code. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>سرور کوډ جوړ نکړای شو. څو دقیقې وروسته بیا هڅه وکړئ.</translation>
    </message>
</context>
<context>
    <name>Pathway::EntitlementEditController</name>
    <message>
        <source>%1 since %2</source>
        <comment>@info offer status</comment>
        <extracomment>%1 a status (&quot;Claimed&quot;), %2 a date</extracomment>
        <translation>%1 له %2 راهیسې</translation>
    </message>
    <message>
        <source>Choose the date.</source>
        <comment>@info</comment>
        <translation>نېټه وټاکئ.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>@info offer status saved</comment>
        <extracomment>%1 offer item, %2 its new status</extracomment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Pathway::GlossaryModel</name>
    <message>
        <source>What is %1?</source>
        <comment>@action:button</comment>
        <translation>%1 څه شی دی؟</translation>
    </message>
    <message>
        <source>PA</source>
        <comment>@info glossary word</comment>
        <extracomment>Short for personal adviser</extracomment>
        <translation>سلاکار (PA)</translation>
    </message>
    <message>
        <source>GP</source>
        <comment>@info glossary word</comment>
        <extracomment>A family doctor (general practitioner)</extracomment>
        <translation>GP (ډاکټر)</translation>
    </message>
    <message>
        <source>NHS number</source>
        <comment>@info glossary word</comment>
        <translation>د NHS شمېره</translation>
    </message>
    <message>
        <source>NI number</source>
        <comment>@info glossary word</comment>
        <extracomment>National Insurance number</extracomment>
        <translation>د ملي بیمې شمېره (NI)</translation>
    </message>
    <message>
        <source>eVisa</source>
        <comment>@info glossary word</comment>
        <translation>eVisa (برېښنايي ویزه)</translation>
    </message>
    <message>
        <source>Staying Put</source>
        <comment>@info glossary word</comment>
        <translation>له پالونکې کورنۍ سره پاتې کېدل (Staying Put)</translation>
    </message>
    <message>
        <source>Your PA (personal adviser) is the person from the council who helps you plan your life after care.</source>
        <comment>@info glossary</comment>
        <translation>ستا سلاکار (PA، یعنې شخصي سلاکار) د شورا هغه کس دی چې له پالنې وروسته د ژوند په پلان جوړولو کې درسره مرسته کوي.</translation>
    </message>
    <message>
        <source>Your GP is your local doctor, who you see first when you are ill.</source>
        <comment>@info glossary</comment>
        <translation>ستا GP ستا د سیمې ډاکټر دی. کله چې ناروغ شې، لومړی هغه ته ځې.</translation>
    </message>
    <message>
        <source>Your NHS number is the number that links you to your health records.</source>
        <comment>@info glossary</comment>
        <translation>ستا د NHS شمېره هغه شمېره ده چې تا ستا له روغتیايي دوسیو سره نښلوي.</translation>
    </message>
    <message>
        <source>Your NI number is your own number for work, tax and benefits.</source>
        <comment>@info glossary</comment>
        <translation>ستا د ملي بیمې شمېره (NI) ستا خپله شمېره ده د کار، مالیې او دولتي مرستو لپاره.</translation>
    </message>
    <message>
        <source>An eVisa is the online proof of your right to live and work in the UK.</source>
        <comment>@info glossary</comment>
        <translation>eVisa په انګلستان (UK) کې د اوسېدو او کار کولو د حق آنلاین ثبوت دی.</translation>
    </message>
    <message>
        <source>Staying Put means you can keep living with your foster carers after you turn 18.</source>
        <comment>@info glossary</comment>
        <translation>Staying Put دا مانا لري چې له ۱۸ کلنۍ وروسته هم کولی شې له خپلې پالونکې کورنۍ سره اوسې.</translation>
    </message>
</context>
<context>
    <name>Pathway::HandoverController</name>
    <message>
        <source>Your health history has not been handed to you yet. Your PA will do this before you are 18.</source>
        <comment>@info</comment>
        <translation>ستا د روغتیا تاریخچه لا تا ته نه ده درکړل شوې. ستا سلاکار به دا له ۱۸ کلنۍ مخکې وکړي.</translation>
    </message>
    <message>
        <source>The health history has not been handed over yet.</source>
        <comment>@info</comment>
        <translation>د روغتیا تاریخچه لا نه ده سپارل شوې.</translation>
    </message>
    <message>
        <source>Handed over on %1, but the young person does not have their copy yet.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>په %1 وسپارل شوه، خو ځوان لا خپله نسخه نلري.</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>ستا د روغتیا تاریخچه په %1 تا ته درکړل شوه.</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1 (%2).</source>
        <comment>@info</comment>
        <translation>ستا د روغتیا تاریخچه په %1 تا ته درکړل شوه (%2).</translation>
    </message>
    <message>
        <source>Health history handed over on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>د روغتیا تاریخچه په %1 وسپارل شوه.</translation>
    </message>
    <message>
        <source>Health history handed over on %1 (%2).</source>
        <comment>@info</comment>
        <translation>د روغتیا تاریخچه په %1 وسپارل شوه (%2).</translation>
    </message>
    <message>
        <source>Choose the day it was handed over.</source>
        <comment>@info</comment>
        <translation>هغه ورځ وټاکئ چې وسپارل شوه.</translation>
    </message>
    <message>
        <source>The health history handover is recorded.</source>
        <comment>@info</comment>
        <translation>د روغتیا تاریخچې سپارل ثبت شول.</translation>
    </message>
</context>
<context>
    <name>Pathway::HealthModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 title, %2 kind, %3 date</extracomment>
        <translation>%1، %2، %3</translation>
    </message>
</context>
<context>
    <name>Pathway::NavigationModel</name>
    <message>
        <source>Home</source>
        <comment>@title:page</comment>
        <translation>کور</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>@action:inmenu short</comment>
        <extracomment>Bottom navigation on a phone: one short word</extracomment>
        <translation>کور</translation>
    </message>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>زما پلان</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@action:inmenu short</comment>
        <translation>پلان</translation>
    </message>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>زما روغتیا</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@action:inmenu short</comment>
        <translation>روغتیا</translation>
    </message>
    <message>
        <source>What I can get</source>
        <comment>@title:page</comment>
        <extracomment>The local offer: what a care leaver can get from the council</extracomment>
        <translation>څه ترلاسه کولی شم</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@action:inmenu short</comment>
        <translation>خدمتونه</translation>
    </message>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>زما اسناد</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>@action:inmenu short</comment>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <extracomment>PA = personal adviser</extracomment>
        <translation>له خپل سلاکار سره خبرې</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@action:inmenu short</comment>
        <translation>سلاکار</translation>
    </message>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>زما ځوانان</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@action:inmenu short</comment>
        <translation>ځوانان</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>اړیکه ثبت کړه</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>@action:inmenu short</comment>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <extracomment>Staff page: every alert of the caseload or team, to act on or acknowledge</extracomment>
        <translation>خبرتیاوې</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@action:inmenu short</comment>
        <translation>خبرتیاوې</translation>
    </message>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>د ټیم کتنه</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>@action:inmenu short</comment>
        <translation>ټیم</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@title:page</comment>
        <translation>سلاکار ټاکل</translation>
    </message>
    <message>
        <source>Allocate</source>
        <comment>@action:inmenu short</comment>
        <translation>ټاکل</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>د سلاکارانو لستونه</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@action:inmenu short</comment>
        <translation>لستونه</translation>
    </message>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>د لاسلیک لپاره د پلان بیاکتنې</translation>
    </message>
    <message>
        <source>Reviews</source>
        <comment>@action:inmenu short</comment>
        <translation>بیاکتنې</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@action:inmenu short</comment>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:inmenu</comment>
        <extracomment>A navigation tab&apos;s name for screen readers: %1 its short word, %2 the page&apos;s title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>@title:page</comment>
        <extracomment>A manager&apos;s figures over the last 12 months, as charts</extracomment>
        <translation>د کار پایلې</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>@action:inmenu short</comment>
        <translation>پایلې</translation>
    </message>
</context>
<context>
    <name>Pathway::OfferModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>@info:status offer</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 offer item, %2 its status</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1. No longer offered to new claims</source>
        <comment>@info:status offer</comment>
        <extracomment>An offer item the council no longer offers to new claims; %1 the young person&apos;s status for it</extracomment>
        <translation>%1. نور د نویو غوښتنو لپاره نه وړاندې کیږي</translation>
    </message>
</context>
<context>
    <name>Pathway::PerformanceController</name>
    <message>
        <source>Contact in the last 8 weeks</source>
        <comment>@title figure</comment>
        <translation>په وروستیو ۸ اونیو کې اړیکه</translation>
    </message>
    <message>
        <source>Plan reviewed in the last 6 months</source>
        <comment>@title figure</comment>
        <translation>په وروستیو ۶ میاشتو کې د پلان بیاکتنه</translation>
    </message>
    <message>
        <source>Health history handed over by 18</source>
        <comment>@title figure</comment>
        <translation>د روغتیا تاریخچه تر ۱۸ کلنۍ پورې سپارل شوې</translation>
    </message>
    <message>
        <source>Photo ID and bank account by 18</source>
        <comment>@title figure</comment>
        <translation>عکس لرونکې پېژندپاڼه او بانکي حساب تر ۱۸ کلنۍ پورې</translation>
    </message>
    <message>
        <source>Not in education, work or training (NEET)</source>
        <comment>@title figure</comment>
        <extracomment>NEET: not in education, employment or training</extracomment>
        <translation>نه په زده کړه، نه په کار او نه په روزنه کې (NEET)</translation>
    </message>
    <message>
        <source>In touch around their latest birthday</source>
        <comment>@title figure</comment>
        <translation>د وروستۍ زیږون ورځې شاوخوا په اړیکه کې</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@title figure</comment>
        <translation>سلاکار نه دی ټاکل شوی</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@title figure</comment>
        <translation>د هر سلاکار د ځوانانو شمېر</translation>
    </message>
    <message>
        <source>Of every care leaver.</source>
        <comment>@info figure group</comment>
        <translation>د ټولو پالنې پرېښودونکو له منځه.</translation>
    </message>
    <message>
        <source>Of everyone aged 18 or over.</source>
        <comment>@info figure group</comment>
        <translation>د ټولو هغو له منځه چې ۱۸ کلن یا مشر دي.</translation>
    </message>
    <message>
        <source>Of everyone whose activity is recorded.</source>
        <comment>@info figure group</comment>
        <translation>د ټولو هغو له منځه چې فعالیت یې ثبت شوی.</translation>
    </message>
    <message>
        <source>Of everyone whose birthday check ended in the last year.</source>
        <comment>@info figure group</comment>
        <extracomment>The DfE&apos;s &quot;in touch&quot; check: a contact within a month of the 17th to 21st birthdays</extracomment>
        <translation>د ټولو هغو له منځه چې د زیږون ورځې کتنه یې په تېر کال کې پای ته رسېدلې.</translation>
    </message>
    <message>
        <source>Care leavers with no PA.</source>
        <comment>@info figure group</comment>
        <translation>د پالنې پرېښودونکي چې سلاکار (PA) نه لري.</translation>
    </message>
    <message>
        <source>Care leavers with a PA.</source>
        <comment>@info figure group</comment>
        <translation>د پالنې پرېښودونکي چې سلاکار (PA) لري.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <comment>@item:inlistbox</comment>
        <translation>ټول ټیم</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info figure value</comment>
        <translation>
            <numerusform>%n ځوان</numerusform>
            <numerusform>%n ځوانان</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group</source>
        <comment>@info figure value</comment>
        <translation>په دې ډله کې هیڅوک نشته</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <comment>@info figure value</comment>
        <extracomment>%1 a percentage (e.g. 75), %2 how many are counted, %3 out of how many</extracomment>
        <translation>%1% (له %3 څخه %2)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>@info month</comment>
        <extracomment>The current month on the Performance page, counted up to today; %1 month and year</extracomment>
        <translation>%1 (تر اوسه)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info figure month</comment>
        <extracomment>One month of a figure: %1 the month, %2 the figure&apos;s value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>@info chart axis</comment>
        <extracomment>A chart&apos;s percentage axis: %1 a number from 0 to 100</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 the figure, %2 this month&apos;s value, %3 who it is taken over</extracomment>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>@title</comment>
        <extracomment>Who is behind a figure: %1 the figure, %2 month and year, %3 its value</extracomment>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>@info figure person</comment>
        <translation>شمېرل شوی</translation>
    </message>
    <message>
        <source>Not counted</source>
        <comment>@info figure person</comment>
        <translation>نه دی شمېرل شوی</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 young person, %2 counted or not</extracomment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>Pathway::PlanModel</name>
    <message>
        <source>%1, by %2</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step: who does it and by when, e.g. &quot;My PA, by 12/03/2026&quot;</extracomment>
        <translation>%1، تر %2</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>@info:status</comment>
        <translation>ځنډېدلی</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) to do</source>
        <comment>@info</comment>
        <extracomment>Screen reader: plan area and how many steps are still to do</extracomment>
        <translation>
            <numerusform>%1: %n ګام پاتې</numerusform>
            <numerusform>%1: %n ګامونه پاتې</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pathway::ReadAloudController</name>
    <message>
        <source>%1. %2. %3.</source>
        <comment>@info read aloud</comment>
        <extracomment>Read aloud: a plan step, %1 what, %2 who and when, %3 its status</extracomment>
        <translation>%1. %2. %3.</translation>
    </message>
</context>
<context>
    <name>Pathway::RecordEditor</name>
    <message>
        <source>Saved on this device. It goes to the server when there is a connection.</source>
        <comment>@info</comment>
        <translation>په دې وسیله خوندي شو. کله چې اړیکه وي سرور ته ځي.</translation>
    </message>
    <message>
        <source>Saved on this device and on the server.</source>
        <comment>@info</comment>
        <translation>په دې وسیله او په سرور خوندي شو.</translation>
    </message>
    <message>
        <source>The server did not accept this change. Check it and save again, or ask your manager.</source>
        <comment>@info</comment>
        <translation>سرور دا بدلون ونه مانه. وې ګورئ او بیا یې خوندي کړئ، یا له خپل مدیر وپوښتئ.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Open Conflicts to choose which to keep.</source>
        <comment>@info</comment>
        <translation>بل چا په همدې وخت کې دا بدل کړ. «ټکرونه» پرانیزئ چې وټاکئ کوم یو وساتئ.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info save result</comment>
        <extracomment>%1 what was done (&quot;The review is recorded.&quot;), %2 where it is saved</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A date cannot be in the future. Choose an earlier date.</source>
        <comment>@info</comment>
        <translation>نېټه په راتلونکي کې نشي کېدای. مخکې نېټه وټاکه.</translation>
    </message>
    <message>
        <source>Some of that is too long. Shorten it and try again.</source>
        <comment>@info</comment>
        <translation>یو څه یې ډېر اوږد دي. لنډ یې کړه او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>Some of the dates do not fit together. Check them and try again.</source>
        <comment>@info</comment>
        <translation>ځینې نېټې سره نه برابریږي. وې ګوره او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>Some of that is missing. Check and try again.</source>
        <comment>@info</comment>
        <translation>یو څه یې ورک دي. وګوره او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>You cannot make this change. Ask your PA or manager.</source>
        <comment>@info</comment>
        <translation>ته دا بدلون نشې کولی. له خپل سلاکار یا مدیر وپوښته.</translation>
    </message>
    <message>
        <source>That could not be saved on this device. Try again.</source>
        <comment>@info</comment>
        <translation>په دې وسیله خوندي نشو. بیا هڅه وکړه.</translation>
    </message>
</context>
<context>
    <name>Pathway::RejectedChangesController</name>
    <message>
        <source>Not accepted: %1. %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: a change the server refused; %1 what, %2 why</extracomment>
        <translation>ونه منل شو: %1. %2</translation>
    </message>
    <message>
        <source>That could not be changed on this device.</source>
        <comment>@info</comment>
        <translation>په دې وسیله بدل نشو.</translation>
    </message>
    <message>
        <source>Your change is undone. The saved version comes back when the app syncs.</source>
        <comment>@info</comment>
        <translation>ستا بدلون بېرته وګرځول شو. خوندي شوې نسخه به د همغږي پر مهال بېرته راشي.</translation>
    </message>
    <message>
        <source>Your change is undone.</source>
        <comment>@info</comment>
        <translation>ستا بدلون بېرته وګرځول شو.</translation>
    </message>
    <message>
        <source>You cannot change this record now: they may have moved to another PA, or your role does not allow it.</source>
        <comment>@info rejected change</comment>
        <translation>تاسو اوس دا دوسیه نشئ بدلولی: ښایي بل سلاکار ته تللی وي، یا ستاسو رول اجازه نه ورکوي.</translation>
    </message>
    <message>
        <source>Only your PA can make this change.</source>
        <comment>@info rejected change</comment>
        <translation>یوازې ستا سلاکار دا بدلون کولی شي.</translation>
    </message>
    <message>
        <source>A saved contact cannot be changed.</source>
        <comment>@info rejected change</comment>
        <translation>خوندي شوې اړیکه نشي بدلېدای.</translation>
    </message>
    <message>
        <source>The clock on this device is wrong.</source>
        <comment>@info rejected change</comment>
        <translation>د دې وسیلې ساعت غلط دی.</translation>
    </message>
    <message>
        <source>Something in this change is missing or not right.</source>
        <comment>@info rejected change</comment>
        <translation>په دې بدلون کې یو څه ورک یا ناسم دي.</translation>
    </message>
    <message>
        <source>This record belongs to someone this device cannot change.</source>
        <comment>@info rejected change</comment>
        <translation>دا دوسیه د داسې چا ده چې دا وسیله یې نشي بدلولی.</translation>
    </message>
    <message>
        <source>This device was signed out by the service.</source>
        <comment>@info rejected change</comment>
        <translation>خدمت دا وسیله له حساب څخه وویسته.</translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <comment>@info rejected change</comment>
        <translation>سرور ونه مانه.</translation>
    </message>
    <message>
        <source>Undo it here, and ask your manager who can make it.</source>
        <comment>@info rejected change</comment>
        <translation>دلته یې بېرته وګرځوئ، او له خپل مدیر وپوښتئ چې څوک یې کولی شي.</translation>
    </message>
    <message>
        <source>Undo it here, and tell your PA on the Talk page what you wanted.</source>
        <comment>@info rejected change</comment>
        <translation>دلته یې بېرته وګرځوه، او د «خبرې» په پاڼه کې خپل سلاکار ته ووایه چې څه دې غوښتل.</translation>
    </message>
    <message>
        <source>Undo it here. To correct a contact, mark it entered in error and log it again.</source>
        <comment>@info rejected change</comment>
        <translation>دلته یې بېرته وګرځوئ. د اړیکې د سمولو لپاره، د غلط ثبت په توګه یې نښه کړئ او بیا یې ثبت کړئ.</translation>
    </message>
    <message>
        <source>Set the right date and time in the device settings, then undo it here and make it again.</source>
        <comment>@info rejected change</comment>
        <translation>د وسیلې په تنظیماتو کې سمه نېټه او وخت وټاکه، بیا یې دلته بېرته وګرځوه او بیا یې وکړه.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again, or ask your manager.</source>
        <comment>@info rejected change</comment>
        <translation>دلته یې بېرته وګرځوئ او بدلون بیا وکړئ، یا له خپل مدیر وپوښتئ.</translation>
    </message>
    <message>
        <source>Undo it here and try again, or ask your PA.</source>
        <comment>@info rejected change</comment>
        <translation>دلته یې بېرته وګرځوه او بیا هڅه وکړه، یا له خپل سلاکار وپوښته.</translation>
    </message>
    <message>
        <source>Words in the plan</source>
        <comment>@info rejected change</comment>
        <translation>په پلان کې خبرې</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@info rejected change</comment>
        <translation>په پلان کې یو ګام</translation>
    </message>
    <message>
        <source>A plan review</source>
        <comment>@info rejected change</comment>
        <translation>د پلان یوه بیاکتنه</translation>
    </message>
    <message>
        <source>The health history</source>
        <comment>@info rejected change</comment>
        <translation>د روغتیا تاریخچه</translation>
    </message>
    <message>
        <source>A document</source>
        <comment>@info rejected change</comment>
        <translation>یو سند</translation>
    </message>
    <message>
        <source>Something from the local offer</source>
        <comment>@info rejected change</comment>
        <translation>د سیمه ییزو خدمتونو یو شی</translation>
    </message>
    <message>
        <source>A contact</source>
        <comment>@info rejected change</comment>
        <translation>یوه اړیکه</translation>
    </message>
    <message>
        <source>A request to talk</source>
        <comment>@info rejected change</comment>
        <translation>د خبرو یوه غوښتنه</translation>
    </message>
    <message>
        <source>An event in the history</source>
        <comment>@info rejected change</comment>
        <translation>په تاریخچه کې یوه پېښه</translation>
    </message>
    <message>
        <source>A PA allocation</source>
        <comment>@info rejected change</comment>
        <translation>د سلاکار ټاکنه</translation>
    </message>
    <message>
        <source>A change</source>
        <comment>@info rejected change</comment>
        <translation>یو بدلون</translation>
    </message>
    <message>
        <source>Someone else has already given them a PA for these dates.</source>
        <comment>@info rejected change</comment>
        <translation>بل چا دمخه د دې نېټو لپاره ورته سلاکار ټاکلی دی.</translation>
    </message>
    <message>
        <source>The person chosen is not a PA of this service.</source>
        <comment>@info rejected change</comment>
        <translation>ټاکل شوی کس د دې خدمت سلاکار نه دی.</translation>
    </message>
    <message>
        <source>The service could not accept one detail of this change (%1).</source>
        <comment>@info rejected change</comment>
        <extracomment>%1 is the name of the detail the server refused, as the app stores it (e.g. &quot;notes&quot;, &quot;from&quot;)</extracomment>
        <translation>خدمت ونشو کولی د دې بدلون یو جزئیات ومني (%1).</translation>
    </message>
    <message>
        <source>Undo it here. Once the app has synced, check who their PA is now, and allocate again if it is still needed.</source>
        <comment>@info rejected change</comment>
        <translation>دلته یې بېرته وګرځوئ. کله چې اپ همغږي شو، وګورئ چې اوس یې سلاکار څوک دی، او که لا اړتیا وي بیا سلاکار وټاکئ.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your manager.</source>
        <comment>@info rejected change</comment>
        <translation>دلته یې بېرته وګرځوئ او بدلون بیا وکړئ. که بیا رد شو، اپ تازه کړئ، یا خپل مدیر ته ووایاست.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your PA on the Talk page.</source>
        <comment>@info rejected change</comment>
        <translation>دلته یې بېرته وګرځوه او بدلون بیا وکړه. که بیا رد شو، اپ تازه کړه، یا د «خبرې» په پاڼه کې خپل سلاکار ته ووایه.</translation>
    </message>
    <message>
        <source>What they are doing (education, work or training)</source>
        <comment>@info rejected change</comment>
        <translation>څه کوي (زده کړه، کار یا روزنه)</translation>
    </message>
    <message>
        <source>Where they live</source>
        <comment>@info rejected change</comment>
        <translation>چېرته اوسېږي</translation>
    </message>
    <message>
        <source>Whether they are in touch</source>
        <comment>@info rejected change</comment>
        <translation>ایا په اړیکه کې دی</translation>
    </message>
</context>
<context>
    <name>Pathway::ReturnsController</name>
    <message>
        <source>1 April %1 to 31 March %2</source>
        <comment>@info</comment>
        <extracomment>The SSDA903 collection year, e.g. &quot;1 April 2025 to 31 March 2026&quot;</extracomment>
        <translation>له ۱ اپریل %1 تر ۳۱ مارچ %2</translation>
    </message>
    <message>
        <source>Fetching the return from the server…</source>
        <comment>@info</comment>
        <translation>راپور له سرور څخه راوړل کېږي…</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this return.</source>
        <comment>@info</comment>
        <translation>یوازې مدیران او د سیسټم اداره کوونکي دا راپور اخیستلی شي.</translation>
    </message>
    <message>
        <source>The return could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>راپور رانه وړل شو. اړیکه وګورئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The return could not be saved in %1. Choose another folder.</source>
        <comment>@info</comment>
        <extracomment>%1 a folder</extracomment>
        <translation>راپور په %1 کې خوندي نشو. بل فولډر وټاکئ.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n row(s).</source>
        <comment>@info</comment>
        <extracomment>%1 a file path; then how many young people are in it</extracomment>
        <translation>
            <numerusform>%1 له %n قطار سره خوندي شو.</numerusform>
            <numerusform>%1 له %n قطارونو سره خوندي شو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n row(s) need correcting before it is sent.</source>
        <comment>@info</comment>
        <extracomment>%1 &quot;Saved ... with N rows.&quot;; then how many rows break a DfE rule</extracomment>
        <translation>
            <numerusform>%1 %n قطار باید له لېږلو مخکې سم شي.</numerusform>
            <numerusform>%1 %n قطارونه باید له لېږلو مخکې سم شي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a day up to today: the list shows what was recorded by then.</source>
        <comment>@info</comment>
        <translation>تر نن پورې یوه ورځ وټاکه: لړلیک هغه څه ښيي چې تر هغې ورځې ثبت شوي.</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this list.</source>
        <comment>@info</comment>
        <translation>یوازې مدیران او اداره کوونکي دا لړلیک اخیستلی شي.</translation>
    </message>
    <message>
        <source>The server refused the day: choose a day up to today.</source>
        <comment>@info</comment>
        <translation>سرور ورځ ونه منله: تر نن پورې یوه ورځ وټاکه.</translation>
    </message>
    <message>
        <source>The list could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>لړلیک رانه وړل شو. اړیکه وګوره او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>The server refused the list (%1). Sign in again or ask an administrator.</source>
        <comment>@info</comment>
        <extracomment>%1 the server&apos;s reason, a code such as &quot;login_required&quot;</extracomment>
        <translation>سرور لړلیک ونه مانه (%1). بیا ننوځه یا له اداره کوونکي وپوښته.</translation>
    </message>
</context>
<context>
    <name>Pathway::ReviewController</name>
    <message>
        <source>The review is overdue: it was due %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>بیاکتنه ځنډېدلې: وخت یې %1 و.</translation>
    </message>
    <message>
        <source>The review is due by %1.</source>
        <comment>@info</comment>
        <translation>بیاکتنه باید تر %1 وشي.</translation>
    </message>
    <message>
        <source>Next review %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>بله بیاکتنه %1.</translation>
    </message>
    <message>
        <source>No review recorded yet.</source>
        <comment>@info</comment>
        <translation>لا هیڅ بیاکتنه نه ده ثبت شوې.</translation>
    </message>
    <message>
        <source>Choose the day the review was held.</source>
        <comment>@info</comment>
        <translation>هغه ورځ وټاکئ چې بیاکتنه وشوه.</translation>
    </message>
    <message>
        <source>Write what was agreed at the review.</source>
        <comment>@info</comment>
        <translation>ولیکئ چې په بیاکتنه کې په څه موافقه وشوه.</translation>
    </message>
    <message>
        <source>Choose a next review date after the review.</source>
        <comment>@info</comment>
        <translation>د بلې بیاکتنې نېټه له دې بیاکتنې وروسته وټاکئ.</translation>
    </message>
    <message>
        <source>The review is recorded.</source>
        <comment>@info</comment>
        <translation>بیاکتنه ثبت شوه.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInAgainController</name>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation>هغه نوی کوډ ولیکه چې له خپل سلاکار څخه دې اخیستی.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation>خپل پټنوم ولیکه.</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>دا کوډ د بل چا لپاره دی. دا تلیفون ستا معلومات ساتي، نو یوازې هغه کوډ دلته کار کوي چې ستا لپاره جوړ شوی. له خپل سلاکار نوی کوډ وغواړه.</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation>دا بل حساب دی. دا وسیله د هغه چا معلومات ساتي چې جوړه یې کړې، نو یوازې هغه دلته ننوتلی شي. هیڅ بدل نشو.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>ډېرې هڅې. %n ثانیه صبر وکړه، بیا هڅه وکړه.</numerusform>
            <numerusform>ډېرې هڅې. %n ثانیې صبر وکړه، بیا هڅه وکړه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation>سرور ته لاسرسی نشته. ستا بدلونونه ساتل کیږي؛ کله چې آنلاین شوې بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation>دا کوډ کار ونکړ. ښایي کارول شوی یا زوړ وي: له خپل سلاکار نوی وغواړه. په دې تلیفون کې هیڅ بدل نشو.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation>دا پټنوم سم نه دی. په دې وسیله کې هیڅ بدل نشو.</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation>ننوتل کار ونکړ. ستا بدلونونه ساتل کیږي؛ وروسته بیا هڅه وکړه.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInJob</name>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or open the link they send you.</source>
        <comment>@info</comment>
        <translation>دا اپ لا ستا د شورا سرور نه پېژني. له خپل سلاکار وغواړه چې ستا د تلیفون QR کوډ درته وښيي، او د کمرې سره یې سکین کړه، یا هغه لینک پرانیزه چې درته یې لیږي.</translation>
    </message>
    <message>
        <source>Type the server address your council gave you, under Advanced.</source>
        <comment>@info</comment>
        <translation>د سرور هغه پته چې شورا درکړې، د «پرمختللی» لاندې ولیکئ.</translation>
    </message>
    <message>
        <source>That link does not work. Ask your PA to show you the QR code again, or type the code.</source>
        <comment>@info</comment>
        <translation>دا لینک کار نه کوي. له خپل سلاکار وغواړه چې QR کوډ بیا درته وښيي، یا کوډ ولیکه.</translation>
    </message>
    <message>
        <source>Type the code from your PA. It looks like 7KQ4-M2XD.</source>
        <comment>@info</comment>
        <translation>هغه کوډ ولیکه چې له خپل سلاکار دې اخیستی. داسې ښکاري: 7KQ4-M2XD.</translation>
    </message>
    <message>
        <source>Type your work e-mail and password.</source>
        <comment>@info</comment>
        <translation>خپل کاري برېښنالیک او پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Cannot reach your council&apos;s server. Check that you are online (Wi-Fi or mobile data), then try again.</source>
        <comment>@info</comment>
        <translation>ستا د شورا سرور ته لاسرسی نشته. وګوره چې آنلاین یې (Wi-Fi یا موبایل ډیټا)، بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check that you are online and, under Advanced, the server address, then try again.</source>
        <comment>@info</comment>
        <translation>سرور ته لاسرسی نشته. وګورئ چې آنلاین یاست او د «پرمختللی» لاندې د سرور پته، بیا هڅه وکړئ.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>ډېرې هڅې. %n دقیقه صبر وکړه، بیا هڅه وکړه.</numerusform>
            <numerusform>ډېرې هڅې. %n دقیقې صبر وکړه، بیا هڅه وکړه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>ډېرې هڅې. %n ثانیه صبر وکړه، بیا هڅه وکړه.</numerusform>
            <numerusform>ډېرې هڅې. %n ثانیې صبر وکړه، بیا هڅه وکړه.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code did not work. Check each letter and number. A code works once and only for a few days: if it still does not work, ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>دا کوډ کار ونکړ. هر توری او عدد وګوره. کوډ یوازې یو ځل او یوازې د څو ورځو لپاره کار کوي: که بیا هم کار ونکړي، له خپل سلاکار نوی وغواړه.</translation>
    </message>
    <message>
        <source>That e-mail or password is not right. Check them and try again.</source>
        <comment>@info</comment>
        <translation>دا برېښنالیک یا پټنوم سم نه دی. وې ګورئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The server did not let this device sign in. Ask your leaving-care service to check your account.</source>
        <comment>@info</comment>
        <translation>سرور دې وسیلې ته د ننوتلو اجازه ورنکړه. د پالنې پرېښودو له خدمت وغواړه چې ستا حساب وګوري.</translation>
    </message>
    <message>
        <source>This account cannot use the app. Use a PA&apos;s or a manager&apos;s account.</source>
        <comment>@info</comment>
        <translation>دا حساب اپ نشي کارولی. د سلاکار یا مدیر حساب وکاروئ.</translation>
    </message>
    <message>
        <source>Signing in did not work: the server had a problem. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>ننوتل کار ونکړ: سرور ستونزه درلوده. څو دقیقې وروسته بیا هڅه وکړه.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignOffController</name>
    <message>
        <source>someone</source>
        <comment>@info person</comment>
        <translation>یو څوک</translation>
    </message>
    <message>
        <source>Held %1, recorded by %2</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the PA&apos;s name</extracomment>
        <translation>په %1 وشوه، د %2 لخوا ثبت شوه</translation>
    </message>
    <message>
        <source>Who took part was not recorded.</source>
        <comment>@info</comment>
        <translation>دا نه دي ثبت شوي چې چا ګډون کړی.</translation>
    </message>
    <message>
        <source>Took part: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the people who took part, as the PA wrote them</extracomment>
        <translation>ګډون کوونکي: %1</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>ځوان ګډون وکړ</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>ځوان ګډون ونکړ</translation>
    </message>
    <message>
        <source>A later review was held on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>وروسته بیاکتنه په %1 وشوه.</translation>
    </message>
    <message>
        <source>The next review was due by %1 and is overdue: the PA records it when it is held.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>بله بیاکتنه باید تر %1 شوې وای او ځنډېدلې ده: سلاکار یې هغه وخت ثبتوي چې وشي.</translation>
    </message>
    <message>
        <source>Next review by %1</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>بله بیاکتنه تر %1</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <comment>@info</comment>
        <translation>لا لاسلیک شوې نه ده</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <comment>@info</comment>
        <extracomment>%1 the manager&apos;s name, %2 a date</extracomment>
        <translation>د %1 لخوا په %2 لاسلیک شوه</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>بیاکتنه لاسلیک شوه.</translation>
    </message>
</context>
<context>
    <name>Pathway::SyncStatus</name>
    <message>
        <source>On this device only</source>
        <comment>@info:status</comment>
        <extracomment>Demo mode: nothing is sent anywhere</extracomment>
        <translation>یوازې په دې وسیله</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>@info:status</comment>
        <translation>آفلاین</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a percentage, e.g. 40</extracomment>
        <translation>همغږي %1%</translation>
    </message>
    <message>
        <source>Sync failed, will retry</source>
        <comment>@info:status</comment>
        <translation>همغږي ناکامه شوه، بیا هڅه کیږي</translation>
    </message>
    <message>
        <source>Signed out: sign in to send</source>
        <comment>@info:status</comment>
        <translation>وتلی: د لیږلو لپاره ننوځه</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>@info:status</comment>
        <translation>لا همغږي شوې نه ده</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a time or date, e.g. 14:05</extracomment>
        <translation>همغږي شوه %1</translation>
    </message>
    <message>
        <source>All saved</source>
        <comment>@info:status</comment>
        <translation>ټول خوندي شول</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n بدلون په انتظار</numerusform>
            <numerusform>%n بدلونونه په انتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n ټکر تا ته اړتیا لري</numerusform>
            <numerusform>%n ټکرونه تا ته اړتیا لري</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n بدلون ونه منل شو</numerusform>
            <numerusform>%n بدلونونه ونه منل شول</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2. %3. %4.</source>
        <comment>@info:status</comment>
        <extracomment>Sync indicator read by a screen reader: %1 state, %2 changes waiting, %3 conflicts, %4 refused changes</extracomment>
        <translation>%1. %2. %3. %4.</translation>
    </message>
    <message>
        <source>%1. %2. %3.</source>
        <comment>@info:status</comment>
        <extracomment>Sync indicator read by a screen reader: %1 state, %2 changes waiting, %3 refused changes
----------
Sync indicator read by a screen reader: %1 state, %2 changes waiting, %3 conflicts</extracomment>
        <translation>%1. %2. %3.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <comment>@info:status</comment>
        <extracomment>Sync indicator read by a screen reader: %1 state, %2 changes waiting</extracomment>
        <translation>%1. %2.</translation>
    </message>
</context>
<context>
    <name>Pathway::TeamController</name>
    <message>
        <source>No PA allocated</source>
        <comment>@label figure</comment>
        <translation>سلاکار نه دی ټاکل شوی</translation>
    </message>
    <message>
        <source>Contact lost (6 months or more)</source>
        <comment>@label figure</comment>
        <translation>اړیکه ورکه (۶ میاشتې یا ډېر)</translation>
    </message>
    <message>
        <source>No contact for 12 weeks or more</source>
        <comment>@label figure</comment>
        <translation>۱۲ اونۍ یا ډېر اړیکه نشته</translation>
    </message>
    <message>
        <source>Contact overdue (8 weeks)</source>
        <comment>@label figure</comment>
        <translation>اړیکه ځنډېدلې (۸ اونۍ)</translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@label figure</comment>
        <translation>د اړیکې وخت نږدې دی</translation>
    </message>
    <message>
        <source>Plan reviews overdue</source>
        <comment>@label figure</comment>
        <translation>ځنډېدلې د پلان بیاکتنې</translation>
    </message>
    <message>
        <source>Health history not handed over at 18</source>
        <comment>@label figure</comment>
        <translation>د روغتیا تاریخچه په ۱۸ کلنۍ کې نه ده سپارل شوې</translation>
    </message>
    <message>
        <source>Missing ID documents</source>
        <comment>@label figure</comment>
        <translation>د پېژندنې اسناد نشته</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 figure name, %2 the number of young people</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No PA</source>
        <comment>@info</comment>
        <translation>سلاکار نشته</translation>
    </message>
    <message>
        <source>%1, PA: %2</source>
        <comment>@info</comment>
        <translation>%1، سلاکار: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info caseload size</comment>
        <translation>
            <numerusform>%n ځوان</numerusform>
            <numerusform>%n ځوانان</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Held %1</source>
        <comment>@info</comment>
        <translation>په %1 وشوه</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>ځوان ګډون وکړ</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>ځوان ګډون ونکړ</translation>
    </message>
    <message>
        <source>%1. %2. PA: %3</source>
        <comment>@info</comment>
        <translation>%1. %2. سلاکار: %3</translation>
    </message>
    <message>
        <source>Choose a young person and a PA.</source>
        <comment>@info</comment>
        <translation>یو ځوان او یو سلاکار وټاکئ.</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s PA.</source>
        <comment>@info</comment>
        <translation>%1 دمخه د %2 سلاکار دی.</translation>
    </message>
    <message>
        <source>%1 became %2&apos;s PA today. Another PA can be allocated from tomorrow.</source>
        <comment>@info</comment>
        <extracomment>%1 the current PA, %2 young person</extracomment>
        <translation>%1 نن د %2 سلاکار شو. له سبا څخه بل سلاکار ټاکل کېدای شي.</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>@info</comment>
        <translation>یو څوک</translation>
    </message>
    <message>
        <source>The allocation could not be saved.</source>
        <comment>@info</comment>
        <translation>ټاکنه خوندي نشوه.</translation>
    </message>
    <message>
        <source>%1 is now %2&apos;s PA.</source>
        <comment>@info</comment>
        <extracomment>%1 PA, %2 young person</extracomment>
        <translation>%1 اوس د %2 سلاکار دی.</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>بیاکتنه لاسلیک شوه.</translation>
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <comment>@info</comment>
        <translation>لاسلیک خوندي نشو.</translation>
    </message>
</context>
<context>
    <name>Pathway::YoungPersonController</name>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>عمر %1، %2</translation>
    </message>
    <message>
        <source>No PA yet</source>
        <comment>@info</comment>
        <translation>لا سلاکار نشته</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>@info last contact</comment>
        <translation>لا نه</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <comment>@info</comment>
        <translation>اوس هیڅ کار نشته</translation>
    </message>
    <message>
        <source>Late: was due %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>ځنډېدلی: وخت یې %1 و</translation>
    </message>
    <message>
        <source>By %1</source>
        <comment>@info</comment>
        <translation>تر %1</translation>
    </message>
    <message>
        <source>No review yet</source>
        <comment>@info</comment>
        <translation>لا بیاکتنه نشته</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>بله بیاکتنه %1</translation>
    </message>
    <message>
        <source>Your role cannot change this. Ask your manager.</source>
        <comment>@info</comment>
        <translation>ستاسو رول دا نشي بدلولی. له خپل مدیر وپوښتئ.</translation>
    </message>
    <message>
        <source>Only your PA can change this. Ask them on the Talk page.</source>
        <comment>@info</comment>
        <translation>یوازې ستا سلاکار دا بدلولی شي. د «خبرې» په پاڼه کې ترې وغواړه.</translation>
    </message>
    <message>
        <source>Some of that is missing or too long. Check and try again.</source>
        <comment>@info</comment>
        <translation>یو څه یې ورک یا ډېر اوږد دي. وګوره او بیا هڅه وکړه.</translation>
    </message>
    <message>
        <source>That could not be saved on this device.</source>
        <comment>@info</comment>
        <translation>په دې وسیله خوندي نشو.</translation>
    </message>
    <message>
        <source>Well done! Step marked as done.</source>
        <comment>@info</comment>
        <translation>شاباس! ګام ترسره شو.</translation>
    </message>
    <message>
        <source>Your words are saved.</source>
        <comment>@info</comment>
        <translation>ستا خبرې خوندي شوې.</translation>
    </message>
    <message>
        <source>Plan updated.</source>
        <comment>@info</comment>
        <translation>پلان تازه شو.</translation>
    </message>
    <message>
        <source>Your idea for a step is saved. Your PA will see it and agree it with you.</source>
        <comment>@info</comment>
        <translation>د ګام لپاره ستا فکر خوندي شو. ستا سلاکار به یې وګوري او له تا سره به پرې موافقه وکړي.</translation>
    </message>
    <message>
        <source>Step added.</source>
        <comment>@info</comment>
        <translation>ګام اضافه شو.</translation>
    </message>
    <message>
        <source>Step accepted. It is now part of the plan.</source>
        <comment>@info</comment>
        <translation>ګام ومنل شو. اوس د پلان برخه ده.</translation>
    </message>
    <message>
        <source>Step declined. Tell them why when you next talk.</source>
        <comment>@info</comment>
        <translation>ګام رد شو. کله چې بیا خبرې کوئ، دلیل یې ورته ووایاست.</translation>
    </message>
    <message>
        <source>You asked for a review. Your PA will arrange it.</source>
        <comment>@info</comment>
        <translation>تا د بیاکتنې غوښتنه وکړه. ستا سلاکار به یې برابره کړي.</translation>
    </message>
    <message>
        <source>That date is not a real date. Choose it from the calendar.</source>
        <comment>@info</comment>
        <translation>دا نېټه ریښتینې نېټه نه ده. له جنترۍ یې وټاکه.</translation>
    </message>
    <message>
        <source>Added to your health history.</source>
        <comment>@info</comment>
        <translation>ستا د روغتیا تاریخچې ته اضافه شو.</translation>
    </message>
    <message>
        <source>Your PA will help you with this.</source>
        <comment>@info</comment>
        <translation>ستا سلاکار به په دې کې مرسته درسره وکړي.</translation>
    </message>
    <message>
        <source>You asked for it. Your PA will tell you what happens next.</source>
        <comment>@info</comment>
        <translation>تا وغوښتل. ستا سلاکار به درته ووایي چې بیا څه کیږي.</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will contact you as soon as possible.</source>
        <comment>@info</comment>
        <translation>خوندي شو. کله چې آنلاین شې ستا سلاکار ته رسیږي، او ژر تر ژره به درسره اړیکه ونیسي.</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will get in touch soon.</source>
        <comment>@info</comment>
        <translation>خوندي شو. کله چې آنلاین شې ستا سلاکار ته رسیږي، او ژر به درسره اړیکه ونیسي.</translation>
    </message>
</context>
<context>
    <name>PathwayButton</name>
    <message>
        <source>%1: %2</source>
        <comment>@info:accessible</comment>
        <extracomment>A button&apos;s accessible name: %1 the button&apos;s words, %2 what it acts on (a person, a plan area)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Performance</source>
        <comment>@title:page</comment>
        <translation>د کار پایلې</translation>
    </message>
    <message>
        <source>Show the figures of</source>
        <comment>@label:listbox</comment>
        <translation>د چا شمېرې وښودل شي</translation>
    </message>
    <message>
        <source>Show the figures of: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 the team or the PA whose figures are shown</extracomment>
        <translation>د %1 شمېرې ښودل کېږي</translation>
    </message>
    <message>
        <source>Each figure month by month over the last 12 months. Choose a month, or a point on a chart, to see the young people behind it.</source>
        <comment>@info</comment>
        <translation>هره شمېره د تېرو ۱۲ میاشتو لپاره میاشت په میاشت. یوه میاشت، یا په چارټ کې یو ټکی وټاکئ، چې هغه ځوانان وګورئ چې په شمېره کې دي.</translation>
    </message>
    <message>
        <source>Nobody is in this group in this month.</source>
        <comment>@info</comment>
        <translation>په دې میاشت کې په دې ډله کې هیڅوک نشته.</translation>
    </message>
    <message>
        <source>Close the list</source>
        <comment>@action:button</comment>
        <translation>لست وتړئ</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>زما پلان</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Ask for a review</source>
        <comment>@action:button</comment>
        <translation>د بیاکتنې غوښتنه</translation>
    </message>
    <message>
        <source>Ask for a review of my plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">د خپل پلان د بیاکتنې غوښتنه</translation>
    </message>
    <message>
        <source>Record a review</source>
        <comment>@action:button</comment>
        <translation>بیاکتنه ثبت کړه</translation>
    </message>
    <message>
        <source>Record a review held with %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">د %1 سره شوې بیاکتنه ثبت کړه</translation>
    </message>
    <message>
        <source>In my words: %1</source>
        <comment>@info</comment>
        <translation>زما په خبرو کې: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step for a screen reader: what, who and when, status</extracomment>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@info</comment>
        <extracomment>A plan step: %1 who and when, %2 status</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>@action:button a proposed plan step</comment>
        <translation>منل</translation>
    </message>
    <message>
        <source>Accept the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">وړاندیز شوی ګام ومنه: %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>@action:button a proposed plan step</comment>
        <translation>ردول</translation>
    </message>
    <message>
        <source>Decline the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">وړاندیز شوی ګام رد کړه: %1</translation>
    </message>
    <message>
        <source>Add my words</source>
        <comment>@action:button</comment>
        <translation>خپلې خبرې اضافه کړه</translation>
    </message>
    <message>
        <source>Add my words to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">خپلې خبرې %1 ته اضافه کړه</translation>
    </message>
    <message>
        <source>Update with them</source>
        <comment>@action:button</comment>
        <translation>له هغه سره تازه کړه</translation>
    </message>
    <message>
        <source>Update %1 with the young person</source>
        <comment>@action:button</comment>
        <translation type="vanished">%1 له ځوان سره تازه کړه</translation>
    </message>
    <message>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>ګام اضافه کړه</translation>
    </message>
    <message>
        <source>Add a step to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">%1 ته ګام اضافه کړه</translation>
    </message>
    <message>
        <source>What do you think? What do you want?</source>
        <comment>@info:placeholder</comment>
        <translation>ته څه فکر کوې؟ څه غواړې؟</translation>
    </message>
    <message>
        <source>My words</source>
        <comment>@label:textbox</comment>
        <translation>زما خبرې</translation>
    </message>
    <message>
        <source>Goal, in plain words</source>
        <comment>@label:textbox</comment>
        <translation>هدف، په ساده خبرو</translation>
    </message>
    <message>
        <source>Their own words</source>
        <comment>@label:textbox</comment>
        <translation>د هغه خپلې خبرې</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>ځوان ګډون وکړ</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@info:placeholder</comment>
        <translation>څه به وشي</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@label:textbox</comment>
        <translation>څه به وشي</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@info:placeholder</comment>
        <translation>څوک به یې وکړي</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@label:textbox</comment>
        <translation>څوک به یې وکړي</translation>
    </message>
    <message>
        <source>Within a week</source>
        <comment>@item:inlistbox</comment>
        <translation>تر یوې اونۍ</translation>
    </message>
    <message>
        <source>Within a month</source>
        <comment>@item:inlistbox</comment>
        <translation>تر یوې میاشتې</translation>
    </message>
    <message>
        <source>Within three months</source>
        <comment>@item:inlistbox</comment>
        <translation>تر درېیو میاشتو</translation>
    </message>
    <message>
        <source>No date</source>
        <comment>@item:inlistbox</comment>
        <translation>نېټه نشته</translation>
    </message>
    <message>
        <source>By when</source>
        <comment>@label:listbox</comment>
        <translation>تر کله</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <comment>@action:button</comment>
        <extracomment>Read aloud one area of the plan; %1 the area</extracomment>
        <translation type="vanished">په لوړ غږ لوستل: %1</translation>
    </message>
    <message>
        <source>Update with them: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a plan area&apos;s heading; holds the button&apos;s words &quot;Update with them&quot;</extracomment>
        <translation type="vanished">له هغه سره تازه کړه: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation>په لوړ غږ لوستل</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>%1. PA: %2. Last contact: %3</source>
        <comment>@info</comment>
        <extracomment>%1 age and category, %2 PA name, %3 when last contacted</extracomment>
        <translation>%1. سلاکار: %2. وروستۍ اړیکه: %3</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>اوس لیدنه ثبت کړه</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">اوس د %1 سره لیدنه ثبت کړه</translation>
    </message>
    <message>
        <source>Log an earlier contact</source>
        <comment>@action:button</comment>
        <translation>پخوانۍ اړیکه ثبت کړه</translation>
    </message>
    <message>
        <source>Log an earlier contact with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">د %1 سره پخوانۍ اړیکه ثبت کړه</translation>
    </message>
    <message>
        <source>Set up their phone</source>
        <comment>@action:button</comment>
        <translation>د هغه تلیفون جوړ کړه</translation>
    </message>
    <message>
        <source>Set up their phone: a code for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation type="vanished">د هغه تلیفون جوړ کړه: د %1 لپاره کوډ</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@title:tab</comment>
        <translation>پلان</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@title:tab</comment>
        <translation>روغتیا</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@title:tab</comment>
        <translation>خدمتونه</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>@title:tab</comment>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@title:tab</comment>
        <translation>اړیکه</translation>
    </message>
    <message>
        <source>Chronology</source>
        <comment>@title:tab</comment>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Amend a contact</source>
        <comment>@title:window</comment>
        <translation>اړیکه سمول</translation>
    </message>
    <message>
        <source>The original stays on the record; this adds an amendment.</source>
        <comment>@info</comment>
        <translation>اصلي په دوسیه کې پاتې کیږي؛ دا یو سمون اضافه کوي.</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@info:placeholder</comment>
        <translation>سم شوي یادښتونه</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@label:textbox</comment>
        <translation>سم شوي یادښتونه</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>خبرې مو وکړې (بریالۍ اړیکه)</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@info:placeholder</comment>
        <translation>ولې سمیږي</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@label:textbox</comment>
        <translation>ولې سمیږي</translation>
    </message>
    <message>
        <source>Situation</source>
        <comment>@title:tab</comment>
        <extracomment>The tab with activity, accommodation, in touch, gender, ethnicity and disability</extracomment>
        <translation>حالت</translation>
    </message>
</context>
<context>
    <name>RejectedPage</name>
    <message>
        <source>Not accepted</source>
        <comment>@title:page</comment>
        <translation>ونه منل شو</translation>
    </message>
    <message>
        <source>Undo my change</source>
        <comment>@action:button a refused change</comment>
        <translation>زما بدلون بېرته وګرځوه</translation>
    </message>
    <message>
        <source>Undo my change: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">زما بدلون بېرته وګرځوه: %1</translation>
    </message>
    <message>
        <source>Every change was accepted.</source>
        <comment>@info</comment>
        <translation>هر بدلون ومنل شو.</translation>
    </message>
    <message>
        <source>If the service cannot accept a change you make, it appears here with the reason and what to do.</source>
        <comment>@info</comment>
        <translation>که خدمت ستا کوم بدلون ونه مني، دلته د دلیل او د هغه کار سره ښکاري چې باید یې وکړې.</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Log the contact</source>
        <comment>@action:button</comment>
        <translation>اړیکه ثبت کړه</translation>
    </message>
    <message>
        <source>Log the contact: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 &quot;Asked to talk today&quot; and when</extracomment>
        <translation type="vanished">اړیکه ثبت کړه: %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@action:button</comment>
        <translation>ځواب</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ځواب: %1</translation>
    </message>
    <message>
        <source>Log the contact that answers it</source>
        <comment>@title:window</comment>
        <translation>هغه اړیکه ثبت کړه چې ځواب یې دی</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@info:placeholder</comment>
        <translation>په څه مو خبرې وکړې (یوازې کارکوونکي)</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@label:textbox</comment>
        <translation>په څه مو خبرې وکړې (یوازې کارکوونکي)</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@title:window</comment>
        <translation>ځواب</translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>@action:button</comment>
        <translation>ځواب ولیږه</translation>
    </message>
    <message>
        <source>The young person reads your reply in the app. It answers the request.</source>
        <comment>@info</comment>
        <translation>ځوان ستاسو ځواب په اپ کې لولي. دا غوښتنې ته ځواب دی.</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@info:placeholder</comment>
        <translation>ستاسو ځواب</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@label:textbox</comment>
        <translation>ستاسو ځواب</translation>
    </message>
</context>
<context>
    <name>ReviewEditPage</name>
    <message>
        <source>Record a review</source>
        <comment>@title:page</comment>
        <translation>بیاکتنه ثبت کړه</translation>
    </message>
    <message>
        <source>Plan review with %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>د %1 سره د پلان بیاکتنه</translation>
    </message>
    <message>
        <source>Held on</source>
        <comment>@label</comment>
        <translation>وشوه په</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>@label</comment>
        <translation>ولې</translation>
    </message>
    <message>
        <source>Who took part</source>
        <comment>@label:textbox</comment>
        <translation>چا ګډون وکړ</translation>
    </message>
    <message>
        <source>Names and roles</source>
        <comment>@info:placeholder</comment>
        <translation>نومونه او رولونه</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>ځوان ګډون وکړ</translation>
    </message>
    <message>
        <source>Their views, in their words</source>
        <comment>@label:textbox</comment>
        <translation>د هغه نظرونه، د هغه په خبرو</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <comment>@label:textbox</comment>
        <translation>په څه موافقه وشوه</translation>
    </message>
    <message>
        <source>Next review by</source>
        <comment>@label</comment>
        <translation>بله بیاکتنه تر</translation>
    </message>
    <message>
        <source>Save the review</source>
        <comment>@action:button</comment>
        <translation>بیاکتنه خوندي کړه</translation>
    </message>
</context>
<context>
    <name>ReviewSignOffPage</name>
    <message>
        <source>Sign off a review</source>
        <comment>@title:page</comment>
        <translation>بیاکتنه لاسلیک کړه</translation>
    </message>
    <message>
        <source>Review of %1&apos;s plan</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>د %1 د پلان بیاکتنه</translation>
    </message>
    <message>
        <source>%1. %2. %3. %4</source>
        <comment>@info</comment>
        <extracomment>Screen reader: the review card, %1 when held, %2 why, %3 the outcome, %4 who took part</extracomment>
        <translation>%1. %2. %3. %4</translation>
    </message>
    <message>
        <source>Their views: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s views, in their words</extracomment>
        <translation>د هغه نظرونه: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <comment>@title</comment>
        <translation>پلان</translation>
    </message>
    <message>
        <source>Read the review and the plan above before you sign it off.</source>
        <comment>@info</comment>
        <translation>له لاسلیک مخکې پورته بیاکتنه او پلان ولولئ.</translation>
    </message>
    <message>
        <source>Sign off this review</source>
        <comment>@action:button</comment>
        <translation>دا بیاکتنه لاسلیک کړه</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">د %1 بیاکتنه لاسلیک کړه</translation>
    </message>
    <message>
        <source>Sign off this review?</source>
        <comment>@title:window</comment>
        <translation>دا بیاکتنه لاسلیک شي؟</translation>
    </message>
    <message>
        <source>You confirm that you have read %1&apos;s review and plan, and that the plan meets their needs.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>تاسو تاییدوئ چې د %1 بیاکتنه او پلان مو لوستي، او پلان د هغه اړتیاوې پوره کوي.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>د لاسلیک لپاره د پلان بیاکتنې</translation>
    </message>
    <message>
        <source>Read and sign off</source>
        <comment>@action:button</comment>
        <translation>ولوله او لاسلیک یې کړه</translation>
    </message>
    <message>
        <source>Read and sign off the review of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">د %1 بیاکتنه ولوله او لاسلیک یې کړه</translation>
    </message>
    <message>
        <source>No reviews are waiting for sign-off.</source>
        <comment>@info</comment>
        <translation>هیڅ بیاکتنه د لاسلیک انتظار نه باسي.</translation>
    </message>
    <message>
        <source>Reviews appear here when a PA records one.</source>
        <comment>@info</comment>
        <translation>کله چې سلاکار بیاکتنه ثبت کړي، دلته ښکاري.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@title</comment>
        <translation>د متن اندازه</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation>د متن اندازه</translation>
    </message>
    <message>
        <source>Text is %1% of normal size.</source>
        <comment>@info</comment>
        <extracomment>%1 is a percentage, e.g. 150</extracomment>
        <translation>متن د عادي اندازې %1% دی.</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <comment>@option:check</comment>
        <translation>تیاره بڼه</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>@title</comment>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use:</source>
        <comment>@label:spinbox</comment>
        <translation>له دومره دقیقو نه کارولو وروسته قفل شي:</translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <comment>@label:spinbox</comment>
        <translation>تر قفل کېدو دقیقې</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>اوس قفل کړه</translation>
    </message>
</context>
<context>
    <name>SetupAdvanced</name>
    <message>
        <source>Hide advanced settings</source>
        <comment>@action:button</comment>
        <translation>پرمختللي تنظیمات پټ کړه</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>@action:button</comment>
        <translation>پرمختللی</translation>
    </message>
    <message>
        <source>This app connects to %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a web address, e.g. https://pathway.northbrook.gov.uk</extracomment>
        <translation>دا اپ له %1 سره نښلي.</translation>
    </message>
    <message>
        <source>Another server address (only if your council gave you one)</source>
        <comment>@label:textbox</comment>
        <translation>د سرور بله پته (یوازې که شورا درکړې وي)</translation>
    </message>
    <message>
        <source>https://pathway.example.org</source>
        <comment>@info:placeholder</comment>
        <translation>https://pathway.example.org</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <source>Welcome to Pathway</source>
        <comment>@title</comment>
        <translation>Pathway ته ښه راغلاست</translation>
    </message>
    <message>
        <source>Your plan, your documents and your PA, on your phone. It works without internet.</source>
        <comment>@info</comment>
        <translation>ستا پلان، ستا اسناد او ستا سلاکار، ستا په تلیفون کې. بې له انټرنټه هم کار کوي.</translation>
    </message>
    <message>
        <source>I have a code from my PA</source>
        <comment>@action:button</comment>
        <translation>ما له خپل سلاکار کوډ اخیستی</translation>
    </message>
    <message>
        <source>I work for the council: sign in</source>
        <comment>@action:button</comment>
        <translation>زه د شورا لپاره کار کوم: ننوتل</translation>
    </message>
    <message>
        <source>Try the demo (no server needed)</source>
        <comment>@action:button</comment>
        <translation>ازمایښتي نسخه وازمویه (سرور ته اړتیا نشته)</translation>
    </message>
    <message>
        <source>Enter your code</source>
        <comment>@title</comment>
        <translation>خپل کوډ ولیکه</translation>
    </message>
    <message>
        <source>Your PA gives you a code like 7KQ4-M2XD. If they show you a QR code instead, scan it with your phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>ستا سلاکار تا ته د 7KQ4-M2XD په شان کوډ درکوي. که پر ځای یې QR کوډ درته وښيي، د خپل تلیفون د کمرې سره یې سکین کړه.</translation>
    </message>
    <message>
        <source>The code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>هغه کوډ چې له سلاکار دې اخیستی</translation>
    </message>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or to send you the link.</source>
        <comment>@info</comment>
        <translation>دا اپ لا ستا د شورا سرور نه پېژني. له خپل سلاکار وغواړه چې ستا د تلیفون QR کوډ درته وښيي، او د کمرې سره یې سکین کړه، یا لینک درته ولیږي.</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>بل</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@title</comment>
        <translation>ننوتل</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>کاري برېښنالیک</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Try the demo as…</source>
        <comment>@title</comment>
        <translation>ازمایښتي نسخه د دې په توګه…</translation>
    </message>
    <message>
        <source>The demo uses made-up people. It is saved, encrypted, on this device only.</source>
        <comment>@info</comment>
        <translation>ازمایښتي نسخه جوړ شوي خلک لري. یوازې په دې وسیله، کوډ شوې، خوندي کیږي.</translation>
    </message>
    <message>
        <source>A young person</source>
        <comment>@action:button</comment>
        <translation>یو ځوان</translation>
    </message>
    <message>
        <source>A personal adviser (PA)</source>
        <comment>@action:button</comment>
        <translation>شخصي سلاکار (PA)</translation>
    </message>
    <message>
        <source>A manager</source>
        <comment>@action:button</comment>
        <translation>یو مدیر</translation>
    </message>
    <message>
        <source>Choose a passphrase or PIN</source>
        <comment>@title</comment>
        <translation>پاسفریز یا PIN وټاکه</translation>
    </message>
    <message>
        <source>You will need it each time you open Pathway. It keeps your information safe if you lose your phone.</source>
        <comment>@info</comment>
        <translation>هر ځل چې Pathway پرانیزې، ورته اړتیا لرې. که تلیفون دې ورک شي، ستا معلومات خوندي ساتي.</translation>
    </message>
    <message>
        <source>Use a PIN (numbers only)</source>
        <comment>@option:check</comment>
        <translation>PIN وکاروه (یوازې عددونه)</translation>
    </message>
    <message>
        <source>PIN</source>
        <comment>@info:placeholder</comment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@info:placeholder</comment>
        <translation>پاسفریز</translation>
    </message>
    <message>
        <source>New passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>نوی پاسفریز یا PIN</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@info:placeholder</comment>
        <translation>بیا یې ولیکه</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation>بیا یې ولیکه</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <comment>@action:button</comment>
        <translation>خوندي کړه او دوام ورکړه</translation>
    </message>
    <message>
        <source>Getting your information</source>
        <comment>@title</comment>
        <translation>ستا معلومات راوړل کیږي</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <comment>@info</comment>
        <translation>د لومړۍ همغږي پرمختګ</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation>بیا هڅه وکړه</translation>
    </message>
    <message>
        <source>Try the first sync again</source>
        <comment>@action:button</comment>
        <translation type="vanished">لومړۍ همغږي بیا وازمویه</translation>
    </message>
    <message>
        <source>Continue without it</source>
        <comment>@action:button</comment>
        <translation>بې له هغې دوام ورکړه</translation>
    </message>
    <message>
        <source>Continue without the first sync</source>
        <comment>@action:button</comment>
        <translation type="vanished">بې له لومړۍ همغږي دوام ورکړه</translation>
    </message>
    <message>
        <source>Tries the first sync again</source>
        <comment>@info:accessible</comment>
        <translation>لومړۍ همغږي بیا هڅه کوي</translation>
    </message>
    <message>
        <source>Continues without the first sync</source>
        <comment>@info:accessible</comment>
        <translation>له لومړۍ همغږۍ پرته دوام ورکوي</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>%1 Back</source>
        <comment>@action:button</comment>
        <extracomment>Arrow pointing back (mirrored in right-to-left languages), then the word</extracomment>
        <translation>%1 شاته</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>شاته</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Signed in as %1</source>
        <comment>@info</comment>
        <translation>د %1 په توګه ننوتی</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>اوس قفل کړه</translation>
    </message>
</context>
<context>
    <name>SignInAgainBanner</name>
    <message numerus="yes">
        <source>Your sign-in has expired. Your changes are kept on this device: %n waiting to go up.</source>
        <comment>@info</comment>
        <extracomment>Banner on every page when the login has expired; %n is the number of changes not yet sent</extracomment>
        <translation>
            <numerusform>ستا ننوتل پای ته رسېدلي. ستا بدلونونه په دې وسیله ساتل کیږي: %n د لیږلو انتظار باسي.</numerusform>
            <numerusform>ستا ننوتل پای ته رسېدلي. ستا بدلونونه په دې وسیله ساتل کیږي: %n د لیږلو انتظار باسي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>ستا ننوتل پای ته رسېدلي. ستا بدلونونه په دې وسیله ساتل کیږي.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <comment>@action:button</comment>
        <translation>بیا ننوځه</translation>
    </message>
</context>
<context>
    <name>SignInAgainSheet</name>
    <message>
        <source>Sign in again</source>
        <comment>@title</comment>
        <translation>بیا ننوځه</translation>
    </message>
    <message>
        <source>Ask your PA for a new code and type it here. Everything you did while signed out is kept on this phone and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>له خپل سلاکار نوی کوډ وغواړه او دلته یې ولیکه. هر څه چې دې له حساب بهر کړي په دې تلیفون کې ساتل کیږي او له ننوتلو وروسته لیږل کیږي.</translation>
    </message>
    <message>
        <source>Type the password for this account. Everything you did while signed out is kept on this device and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>د دې حساب پټنوم ولیکئ. هر څه چې مو له حساب بهر کړي په دې وسیله ساتل کیږي او له ننوتلو وروسته لیږل کیږي.</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>کاري برېښنالیک</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>The new code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>له سلاکار نوی کوډ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation>ننوتل</translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>@action:button</comment>
        <translation>اوس نه</translation>
    </message>
    <message>
        <source>Not now, keep working on this device</source>
        <comment>@action:button</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation type="vanished">اوس نه، په دې وسیله کار ته دوام ورکړه</translation>
    </message>
    <message>
        <source>Closes this and keeps working on this device</source>
        <comment>@info:accessible</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation>دا تړي او په دې وسیله کار ته دوام ورکوي</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>شاته</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>اوس همغږي کړه</translation>
    </message>
</context>
<context>
    <name>TalkPage</name>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <translation>له خپل سلاکار سره خبرې</translation>
    </message>
    <message>
        <source>My PA: %1</source>
        <comment>@title</comment>
        <extracomment>%1 is the PA&apos;s name</extracomment>
        <translation>زما سلاکار: %1</translation>
    </message>
    <message>
        <source>What do you want to talk about? (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>غواړې د څه په اړه خبرې وکړې؟ (اختیاري)</translation>
    </message>
    <message>
        <source>Message to my PA</source>
        <comment>@label:textbox</comment>
        <translation>خپل سلاکار ته پیغام</translation>
    </message>
    <message>
        <source>I need to talk today</source>
        <comment>@action:button</comment>
        <translation>زه باید نن خبرې وکړم</translation>
    </message>
    <message>
        <source>I need to talk today: ask my PA to contact me urgently</source>
        <comment>@action:button</comment>
        <translation type="vanished">زه باید نن خبرې وکړم: له سلاکار وغواړه چې ژر راسره اړیکه ونیسي</translation>
    </message>
    <message>
        <source>Talk when you can</source>
        <comment>@action:button</comment>
        <translation>کله چې وکولی شې خبرې وکړو</translation>
    </message>
    <message>
        <source>Talk when you can: ask my PA to contact me when convenient</source>
        <comment>@action:button</comment>
        <translation type="vanished">کله چې وکولی شې خبرې وکړو: له سلاکار وغواړه چې کله یې وخت وي راسره اړیکه ونیسي</translation>
    </message>
    <message>
        <source>My requests</source>
        <comment>@title</comment>
        <translation>زما غوښتنې</translation>
    </message>
    <message>
        <source>Our contact</source>
        <comment>@title</comment>
        <translation>زموږ اړیکې</translation>
    </message>
    <message>
        <source>Asks my PA to contact me urgently</source>
        <comment>@info:accessible</comment>
        <translation>زما له سلاکار څخه غواړي چې ژر له ما سره اړیکه ونیسي</translation>
    </message>
    <message>
        <source>Asks my PA to contact me when convenient</source>
        <comment>@info:accessible</comment>
        <translation>زما له سلاکار څخه غواړي چې کله یې وخت وي له ما سره اړیکه ونیسي</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>د ټیم کتنه</translation>
    </message>
    <message>
        <source>Who needs attention</source>
        <comment>@title</comment>
        <translation>څوک پاملرنې ته اړتیا لري</translation>
    </message>
    <message>
        <source>PA: %1</source>
        <comment>@info</comment>
        <translation>سلاکار: %1</translation>
    </message>
    <message>
        <source>Choose a figure to see who it is about.</source>
        <comment>@info</comment>
        <translation>یوه شمېره وټاکئ چې وګورئ د چا په اړه ده.</translation>
    </message>
    <message>
        <source>Nobody is in this group right now.</source>
        <comment>@info</comment>
        <translation>اوس په دې ډله کې هیڅوک نشته.</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3)</source>
        <comment>@title</comment>
        <translation>د پالنې پرېښودونکو د SSDA903 راپور (OC3)</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3), %1</source>
        <comment>@info</comment>
        <translation>د پالنې پرېښودونکو د SSDA903 راپور (OC3)، %1</translation>
    </message>
    <message>
        <source>Save the OC3 file</source>
        <comment>@action:button</comment>
        <translation>د OC3 فایل خوندي کړه</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9)</source>
        <comment>@title</comment>
        <translation>Ofsted، ضمیمه A: د پالنې پرېښودونکي (لړلیک 9)</translation>
    </message>
    <message>
        <source>Every care leaver on the day, with the columns inspectors ask for</source>
        <comment>@info</comment>
        <translation>په هغه ورځ ټول د پالنې پرېښودونکي، د هغو ستنو سره چې ارزونکي یې غواړي</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9), as of %1</source>
        <comment>@info</comment>
        <extracomment>%1 the day the list is for</extracomment>
        <translation>Ofsted، ضمیمه A: د پالنې پرېښودونکي (لړلیک 9)، په %1</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>@label</comment>
        <extracomment>The day Ofsted&apos;s Annex A list is taken on</extracomment>
        <translation>په ورځ</translation>
    </message>
    <message>
        <source>Save Annex A (Excel)</source>
        <comment>@action:button</comment>
        <extracomment>Saves the list as an Excel workbook (.xlsx)</extracomment>
        <translation>ضمیمه A خوندي کړه (Excel)</translation>
    </message>
    <message>
        <source>Save Annex A (CSV)</source>
        <comment>@action:button</comment>
        <translation>ضمیمه A خوندي کړه (CSV)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Pathway is locked</source>
        <comment>@title</comment>
        <translation>Pathway قفل دی</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN to open it.</source>
        <comment>@info</comment>
        <translation>د پرانیستلو لپاره خپل پاسفریز یا PIN ولیکه.</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>پاسفریز یا PIN</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <comment>@info</comment>
        <extracomment>Shown after several wrong tries</extracomment>
        <translation>
            <numerusform>تر %n ثانیې وروسته بیا هڅه کولی شې.</numerusform>
            <numerusform>تر %n ثانیو وروسته بیا هڅه کولی شې.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>خلاصول</translation>
    </message>
</context>
</TS>
