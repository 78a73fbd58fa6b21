<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Check with the server again</source>
        <comment>@action:button</comment>
        <translation>تحقّق من الخادم مرة أخرى</translation>
    </message>
    <message>
        <source>Only alerts for managers</source>
        <comment>@option:check</comment>
        <translation>تنبيهات المديرين فقط</translation>
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
        <translation>تأكيد الاطلاع…</translation>
    </message>
    <message>
        <source>Acknowledge with a note: %1, %2</source>
        <comment>@action:button</comment>
        <extracomment>%1 what is wrong, %2 a young person</extracomment>
        <translation type="vanished">تأكيد الاطلاع مع ملاحظة: %1، %2</translation>
    </message>
    <message>
        <source>No alerts: nothing needs action right now.</source>
        <comment>@info</comment>
        <translation>لا توجد تنبيهات: لا شيء يحتاج إلى إجراء الآن.</translation>
    </message>
    <message>
        <source>Alerts appear here when contact, a plan review, documents, the health history or a young person&apos;s request need action.</source>
        <comment>@info</comment>
        <translation>تظهر التنبيهات هنا عندما يحتاج التواصل أو مراجعة الخطة أو المستندات أو السجل الصحي أو طلب من أحد الشباب إلى إجراء.</translation>
    </message>
    <message>
        <source>Acknowledge with a note</source>
        <comment>@title:window</comment>
        <translation>تأكيد الاطلاع مع ملاحظة</translation>
    </message>
    <message>
        <source>Say what is being done about it, or why it can wait. Everyone who sees this alert sees your name, your note and when.</source>
        <comment>@info</comment>
        <translation>اكتب ما يُفعل بشأنه، أو لماذا يمكنه الانتظار. كل من يرى هذا التنبيه يرى اسمك وملاحظتك ووقتها.</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info:placeholder</comment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@label:textbox</comment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <comment>@action:button</comment>
        <translation>تأكيد الاطلاع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>إلغاء</translation>
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
        <translation>تعيين مرشد</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>تعيين مرشد</translation>
    </message>
    <message>
        <source>Change PA</source>
        <comment>@action:button</comment>
        <translation>غيّر المرشد</translation>
    </message>
    <message>
        <source>Choose a PA for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">اختر مرشدًا لـ %1</translation>
    </message>
    <message>
        <source>No young people in the team yet.</source>
        <comment>@info</comment>
        <translation>لا يوجد شباب في الفريق بعد.</translation>
    </message>
    <message>
        <source>Young people appear here after a sync with the server.</source>
        <comment>@info</comment>
        <translation>يظهر الشباب هنا بعد المزامنة مع الخادم.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>السبب (اختياري)</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>@label:textbox</comment>
        <translation>السبب</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PA name (caseload size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A PA for %1</source>
        <comment>@title:window</comment>
        <translation>مرشد لـ %1</translation>
    </message>
    <message>
        <source>Allocate a PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>تعيين مرشد لـ %1</translation>
    </message>
    <message>
        <source>Change PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>غيّر المرشد لـ %1</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>More</source>
        <comment>@action:button</comment>
        <extracomment>Opens the list of all pages</extracomment>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>More pages</source>
        <comment>@action:button</comment>
        <translation type="vanished">صفحات أخرى</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>@title:tab</comment>
        <extracomment>The phone&apos;s bottom navigation bar, for screen readers</extracomment>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Opens the list of all pages</source>
        <comment>@info:accessible</comment>
        <translation>يفتح قائمة كل الصفحات</translation>
    </message>
</context>
<context>
    <name>CalendarMonth</name>
    <message>
        <source>Calendar, %1</source>
        <comment>@info</comment>
        <extracomment>The calendar as a screen reader names it; %1 month and year</extracomment>
        <translation>التقويم، %1</translation>
    </message>
    <message>
        <source>Previous year</source>
        <comment>@action:button</comment>
        <translation>السنة السابقة</translation>
    </message>
    <message>
        <source>Previous month</source>
        <comment>@action:button</comment>
        <translation>الشهر السابق</translation>
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
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Next year</source>
        <comment>@action:button</comment>
        <translation>السنة التالية</translation>
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
        <translation>%1 · المرشد: %2</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>سجّل زيارة الآن</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">سجّل زيارة مع %1 الآن</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>افتح السجل</translation>
    </message>
    <message>
        <source>Open the record of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">افتح سجل %1</translation>
    </message>
    <message>
        <source>No young people in this caseload.</source>
        <comment>@info</comment>
        <translation>لا يوجد شباب في هذه الحالات.</translation>
    </message>
    <message>
        <source>A manager allocates young people to PAs. Sync to get new allocations.</source>
        <comment>@info</comment>
        <translation>المدير يعيّن الشباب للمرشدين. قم بالمزامنة لتحصل على التعيينات الجديدة.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>حالاتي</translation>
    </message>
</context>
<context>
    <name>CaseloadsPage</name>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>حالات المرشدين</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <comment>@label:listbox</comment>
        <translation>المرشد الشخصي</translation>
    </message>
</context>
<context>
    <name>CheckingIndicator</name>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>جارٍ التحقق مع الخادم…</translation>
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
        <translation>لا توجد أحداث بعد.</translation>
    </message>
    <message>
        <source>Moves, contacts, reviews and documents appear here as they are recorded.</source>
        <comment>@info</comment>
        <translation>تظهر هنا الانتقالات والتواصل والمراجعات والمستندات عند تسجيلها.</translation>
    </message>
</context>
<context>
    <name>CircumstanceLabels</name>
    <message>
        <source>Higher education, full time</source>
        <comment>@info activity</comment>
        <translation>تعليم عالٍ، دوام كامل</translation>
    </message>
    <message>
        <source>Higher education, part time</source>
        <comment>@info activity</comment>
        <translation>تعليم عالٍ، دوام جزئي</translation>
    </message>
    <message>
        <source>Other education, full time</source>
        <comment>@info activity</comment>
        <translation>تعليم آخر، دوام كامل</translation>
    </message>
    <message>
        <source>Other education, part time</source>
        <comment>@info activity</comment>
        <translation>تعليم آخر، دوام جزئي</translation>
    </message>
    <message>
        <source>Apprenticeship, full time</source>
        <comment>@info activity</comment>
        <translation>تدريب مهني، دوام كامل</translation>
    </message>
    <message>
        <source>Apprenticeship, part time</source>
        <comment>@info activity</comment>
        <translation>تدريب مهني، دوام جزئي</translation>
    </message>
    <message>
        <source>Training or employment, full time</source>
        <comment>@info activity</comment>
        <translation>تدريب أو عمل، دوام كامل</translation>
    </message>
    <message>
        <source>Training or employment, part time</source>
        <comment>@info activity</comment>
        <translation>تدريب أو عمل، دوام جزئي</translation>
    </message>
    <message>
        <source>Not in education, work or training: illness or disability</source>
        <comment>@info activity</comment>
        <translation>لا يدرس ولا يعمل ولا يتدرّب: مرض أو إعاقة</translation>
    </message>
    <message>
        <source>Not in education, work or training: other reasons</source>
        <comment>@info activity</comment>
        <translation>لا يدرس ولا يعمل ولا يتدرّب: أسباب أخرى</translation>
    </message>
    <message>
        <source>Not in education, work or training: pregnancy or parenting</source>
        <comment>@info activity</comment>
        <translation>لا يدرس ولا يعمل ولا يتدرّب: حمل أو رعاية طفل</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info activity</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>With parents or relatives</source>
        <comment>@info accommodation</comment>
        <translation>مع الوالدين أو الأقارب</translation>
    </message>
    <message>
        <source>Community home or residential care</source>
        <comment>@info accommodation</comment>
        <translation>دار رعاية مجتمعية أو رعاية سكنية</translation>
    </message>
    <message>
        <source>Semi-independent, transitional</source>
        <comment>@info accommodation</comment>
        <translation>سكن شبه مستقل، انتقالي</translation>
    </message>
    <message>
        <source>Supported lodgings</source>
        <comment>@info accommodation</comment>
        <translation>سكن مدعوم لدى أسرة مضيفة</translation>
    </message>
    <message>
        <source>Gone abroad</source>
        <comment>@info accommodation</comment>
        <translation>سافر إلى الخارج</translation>
    </message>
    <message>
        <source>Deported</source>
        <comment>@info accommodation</comment>
        <translation>رُحِّل</translation>
    </message>
    <message>
        <source>Ordinary lodgings</source>
        <comment>@info accommodation</comment>
        <translation>غرفة مستأجرة عادية</translation>
    </message>
    <message>
        <source>Residence not known</source>
        <comment>@info accommodation</comment>
        <translation>مكان الإقامة غير معروف</translation>
    </message>
    <message>
        <source>No fixed abode or homeless</source>
        <comment>@info accommodation</comment>
        <translation>بلا مسكن ثابت أو مشرّد</translation>
    </message>
    <message>
        <source>Foyer</source>
        <comment>@info accommodation</comment>
        <translation>سكن Foyer للشباب</translation>
    </message>
    <message>
        <source>Independent living</source>
        <comment>@info accommodation</comment>
        <translation>عيش مستقل</translation>
    </message>
    <message>
        <source>Emergency accommodation</source>
        <comment>@info accommodation</comment>
        <translation>سكن طارئ</translation>
    </message>
    <message>
        <source>Bed and breakfast</source>
        <comment>@info accommodation</comment>
        <translation>نُزل مبيت وإفطار</translation>
    </message>
    <message>
        <source>In custody</source>
        <comment>@info accommodation</comment>
        <translation>في الاحتجاز</translation>
    </message>
    <message>
        <source>Other accommodation</source>
        <comment>@info accommodation</comment>
        <translation>سكن آخر</translation>
    </message>
    <message>
        <source>With former foster carers (Staying Put)</source>
        <comment>@info accommodation</comment>
        <translation>مع الأسرة الحاضنة السابقة (Staying Put)</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info accommodation</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@info in touch</comment>
        <translation>على تواصل</translation>
    </message>
    <message>
        <source>Died</source>
        <comment>@info in touch</comment>
        <translation>توفي</translation>
    </message>
    <message>
        <source>Refuses contact</source>
        <comment>@info in touch</comment>
        <translation>يرفض التواصل</translation>
    </message>
    <message>
        <source>No longer needs services</source>
        <comment>@info in touch</comment>
        <translation>لم يعد بحاجة إلى الخدمات</translation>
    </message>
    <message>
        <source>Returned home to parents for 6 months or more</source>
        <comment>@info in touch</comment>
        <translation>عاد إلى بيت والديه لمدة 6 أشهر أو أكثر</translation>
    </message>
    <message>
        <source>Not in touch</source>
        <comment>@info in touch</comment>
        <translation>ليس على تواصل</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>@info gender</comment>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>@info gender</comment>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Another gender</source>
        <comment>@info gender</comment>
        <translation>جنس آخر</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info gender</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>White: British</source>
        <comment>@info ethnicity</comment>
        <translation>أبيض: بريطاني</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <comment>@info ethnicity</comment>
        <translation>أبيض: إيرلندي</translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <comment>@info ethnicity</comment>
        <translation>أبيض: أي خلفية بيضاء أخرى</translation>
    </message>
    <message>
        <source>White: Traveller of Irish heritage</source>
        <comment>@info ethnicity</comment>
        <translation>أبيض: رحّالة من أصل إيرلندي</translation>
    </message>
    <message>
        <source>White: Gypsy or Roma</source>
        <comment>@info ethnicity</comment>
        <translation>أبيض: غجري أو روما</translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>مختلط: أبيض وأسود كاريبي</translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <comment>@info ethnicity</comment>
        <translation>مختلط: أبيض وأسود أفريقي</translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <comment>@info ethnicity</comment>
        <translation>مختلط: أبيض وآسيوي</translation>
    </message>
    <message>
        <source>Mixed: any other mixed background</source>
        <comment>@info ethnicity</comment>
        <translation>مختلط: أي خلفية مختلطة أخرى</translation>
    </message>
    <message>
        <source>Asian or Asian British: Indian</source>
        <comment>@info ethnicity</comment>
        <translation>آسيوي أو آسيوي بريطاني: هندي</translation>
    </message>
    <message>
        <source>Asian or Asian British: Pakistani</source>
        <comment>@info ethnicity</comment>
        <translation>آسيوي أو آسيوي بريطاني: باكستاني</translation>
    </message>
    <message>
        <source>Asian or Asian British: Bangladeshi</source>
        <comment>@info ethnicity</comment>
        <translation>آسيوي أو آسيوي بريطاني: بنغلاديشي</translation>
    </message>
    <message>
        <source>Asian or Asian British: any other Asian background</source>
        <comment>@info ethnicity</comment>
        <translation>آسيوي أو آسيوي بريطاني: أي خلفية آسيوية أخرى</translation>
    </message>
    <message>
        <source>Black or Black British: Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>أسود أو أسود بريطاني: كاريبي</translation>
    </message>
    <message>
        <source>Black or Black British: African</source>
        <comment>@info ethnicity</comment>
        <translation>أسود أو أسود بريطاني: أفريقي</translation>
    </message>
    <message>
        <source>Black or Black British: any other Black background</source>
        <comment>@info ethnicity</comment>
        <translation>أسود أو أسود بريطاني: أي خلفية سوداء أخرى</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>@info ethnicity</comment>
        <translation>صيني</translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <comment>@info ethnicity</comment>
        <translation>أي مجموعة عرقية أخرى</translation>
    </message>
    <message>
        <source>Refused to say</source>
        <comment>@info ethnicity</comment>
        <translation>رفض الإجابة</translation>
    </message>
    <message>
        <source>Information not yet obtained</source>
        <comment>@info ethnicity</comment>
        <translation>لم يتم الحصول على المعلومات بعد</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@info ethnicity</comment>
        <translation>غير مسجَّل</translation>
    </message>
</context>
<context>
    <name>CircumstancesView</name>
    <message>
        <source>Activity</source>
        <comment>@title</comment>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <comment>@info</comment>
        <translation>النشاط: %1</translation>
    </message>
    <message>
        <source>What they are doing now</source>
        <comment>@label</comment>
        <translation>ماذا يفعل الآن</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Record the activity</source>
        <comment>@action:button</comment>
        <translation>سجّل النشاط</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <comment>@title</comment>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Accommodation: %1</source>
        <comment>@info</comment>
        <translation>السكن: %1</translation>
    </message>
    <message>
        <source>Where they live now</source>
        <comment>@label</comment>
        <translation>أين يسكن الآن</translation>
    </message>
    <message>
        <source>Where they live now: %1</source>
        <comment>@label:listbox</comment>
        <translation>أين يسكن الآن: %1</translation>
    </message>
    <message>
        <source>Suitable for them</source>
        <comment>@option:check</comment>
        <translation>مناسب له</translation>
    </message>
    <message>
        <source>Record the accommodation</source>
        <comment>@action:button</comment>
        <translation>سجّل السكن</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@title</comment>
        <translation>على تواصل</translation>
    </message>
    <message>
        <source>In touch: %1</source>
        <comment>@info</comment>
        <translation>على تواصل: %1</translation>
    </message>
    <message>
        <source>Record instead of contact</source>
        <comment>@label</comment>
        <translation>تسجيل بدلًا من التواصل</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label</comment>
        <translation>من</translation>
    </message>
    <message>
        <source>Record the in-touch status</source>
        <comment>@action:button</comment>
        <translation>سجّل حالة التواصل</translation>
    </message>
    <message>
        <source>About them</source>
        <comment>@title</comment>
        <translation>معلومات عنه</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>@label</comment>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <comment>@label</comment>
        <translation>الأصل العرقي</translation>
    </message>
    <message>
        <source>Ethnicity: %1</source>
        <comment>@label:listbox</comment>
        <translation>الأصل العرقي: %1</translation>
    </message>
    <message>
        <source>Disability</source>
        <comment>@label</comment>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Save gender, ethnicity and disability</source>
        <comment>@action:button</comment>
        <translation>احفظ الجنس والأصل العرقي والإعاقة</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <comment>@title:page</comment>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>On this device</source>
        <comment>@title</comment>
        <translation>على هذا الجهاز</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <comment>@action:button</comment>
        <translation>احتفظ بهذا</translation>
    </message>
    <message>
        <source>Keep the text on this device</source>
        <comment>@action:button</comment>
        <translation type="vanished">احتفظ بالنص الموجود على هذا الجهاز</translation>
    </message>
    <message>
        <source>From the server</source>
        <comment>@title</comment>
        <translation>من الخادم</translation>
    </message>
    <message>
        <source>Keep the text from the server</source>
        <comment>@action:button</comment>
        <translation type="vanished">احتفظ بالنص القادم من الخادم</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <comment>@info</comment>
        <translation>لا توجد تعارضات.</translation>
    </message>
    <message>
        <source>If the same text is changed on two devices, both versions appear here for you to choose.</source>
        <comment>@info</comment>
        <translation>إذا تغيّر النص نفسه على جهازين، تظهر النسختان هنا لتختار منهما.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>%1 (amended)</source>
        <comment>@info</comment>
        <translation>%1 (معدَّل)</translation>
    </message>
    <message>
        <source>Amend</source>
        <comment>@action:button</comment>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Amend contact: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">عدّل التواصل: %1</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <comment>@info</comment>
        <translation>لم يُسجَّل أي تواصل بعد.</translation>
    </message>
    <message>
        <source>Contacts appear here once they are logged.</source>
        <comment>@info</comment>
        <translation>يظهر التواصل هنا بعد تسجيله.</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@action:button</comment>
        <translation>أُدخل خطأً</translation>
    </message>
    <message>
        <source>Mark as entered in error: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">علّمه كمُدخل خطأً: %1</translation>
    </message>
</context>
<context>
    <name>CopyDocument</name>
    <message>
        <source>My pathway plan</source>
        <comment>@title document to keep</comment>
        <translation>خطة مساري</translation>
    </message>
    <message>
        <source>My health history</source>
        <comment>@title document to keep</comment>
        <translation>سجلي الصحي</translation>
    </message>
    <message>
        <source>%1. Made on %2.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the young person&apos;s name, %2 the day it was made</extracomment>
        <translation>%1. أُعدّت في %2.</translation>
    </message>
    <message>
        <source>My personal adviser (PA):</source>
        <comment>@label document to keep</comment>
        <translation>مرشدي الشخصي (PA):</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <comment>@label document to keep</comment>
        <translation>آخر مراجعة:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <comment>@label document to keep</comment>
        <translation>المراجعة القادمة:</translation>
    </message>
    <message>
        <source>What we are aiming for:</source>
        <comment>@label document to keep</comment>
        <translation>ما نهدف إليه:</translation>
    </message>
    <message>
        <source>In my own words:</source>
        <comment>@label document to keep</comment>
        <translation>بكلماتي أنا:</translation>
    </message>
    <message>
        <source>If the plan stops working:</source>
        <comment>@label document to keep</comment>
        <translation>إذا توقفت الخطة عن النجاح:</translation>
    </message>
    <message>
        <source>%1. Who: %2. By: %3. %4.</source>
        <comment>@info document to keep</comment>
        <extracomment>One step of a plan on a document to keep: %1 what, %2 who does it, %3 by when, %4 its status</extracomment>
        <translation>%1. من: %2. بحلول: %3. %4.</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <comment>@info who</comment>
        <translation>لم يُتّفق عليه بعد</translation>
    </message>
    <message>
        <source>no date yet</source>
        <comment>@info by when</comment>
        <translation>لا يوجد تاريخ بعد</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@title document to keep</comment>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Nothing written yet. Talk to your PA about it.</source>
        <comment>@info document to keep</comment>
        <translation>لم يُكتب شيء بعد. تحدث مع مرشدك عن ذلك.</translation>
    </message>
    <message>
        <source>Not written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>لم يُكتب بعد. اسأل مرشدك.</translation>
    </message>
    <message>
        <source>My GP, dentist and optician</source>
        <comment>@title document to keep</comment>
        <translation>طبيب العائلة (GP) وطبيب الأسنان وأخصائي النظارات</translation>
    </message>
    <message>
        <source>How to use the NHS</source>
        <comment>@title document to keep</comment>
        <translation>كيف تستخدم الخدمة الصحية (NHS)</translation>
    </message>
    <message>
        <source>In an emergency, when a life is at risk, call 999 or go to A&amp;E.</source>
        <comment>@info NHS guidance</comment>
        <translation>في حالة الطوارئ، عندما تكون حياة شخص في خطر، اتصل بـ 999 أو اذهب إلى قسم الطوارئ في المستشفى (A&amp;E).</translation>
    </message>
    <message>
        <source>When you need help fast but it is not an emergency, call 111 or go to 111.nhs.uk. It is free, day and night.</source>
        <comment>@info NHS guidance</comment>
        <translation>عندما تحتاج إلى مساعدة بسرعة لكن الأمر ليس طارئًا، اتصل بـ 111 أو ادخل إلى 111.nhs.uk. الخدمة مجانية، في الليل والنهار.</translation>
    </message>
    <message>
        <source>For most health problems, book with your GP practice. Tell them when you move home.</source>
        <comment>@info NHS guidance</comment>
        <translation>لمعظم المشاكل الصحية، احجز موعدًا في عيادة طبيب العائلة (GP). أخبرهم عندما تنتقل إلى سكن جديد.</translation>
    </message>
    <message>
        <source>A pharmacist can help with minor illnesses without an appointment.</source>
        <comment>@info NHS guidance</comment>
        <translation>يمكن للصيدلي أن يساعدك في الأمراض البسيطة بدون موعد.</translation>
    </message>
    <message>
        <source>Register with a dentist and an optician near where you live, and go for check-ups.</source>
        <comment>@info NHS guidance</comment>
        <translation>سجّل عند طبيب أسنان وأخصائي نظارات قريبين من مكان سكنك، واذهب للفحوصات.</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>لم يُكتب شيء بعد. اسأل مرشدك.</translation>
    </message>
    <message>
        <source>My health history was handed over to me on %1.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the day the health history was handed over</extracomment>
        <translation>سُلّم إليّ سجلي الصحي في %1.</translation>
    </message>
</context>
<context>
    <name>CopyToKeepCard</name>
    <message>
        <source>A copy of the plan to keep</source>
        <comment>@title</comment>
        <translation>نسخة من الخطة تحتفظ بها</translation>
    </message>
    <message>
        <source>A copy of the health history to keep</source>
        <comment>@title</comment>
        <translation>نسخة من السجل الصحي تحتفظ بها</translation>
    </message>
    <message>
        <source>Save it as a PDF file to print, share or keep on your phone.</source>
        <comment>@info</comment>
        <translation>احفظها كملف PDF لتطبعها أو تشاركها أو تحتفظ بها على هاتفك.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <comment>@action:button</comment>
        <translation>احفظ كملف PDF</translation>
    </message>
    <message>
        <source>Save as PDF: the plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">احفظ كملف PDF: الخطة</translation>
    </message>
    <message>
        <source>Save as PDF: the health history</source>
        <comment>@action:button</comment>
        <translation type="vanished">احفظ كملف PDF: السجل الصحي</translation>
    </message>
    <message>
        <source>Open to print or share</source>
        <comment>@action:button</comment>
        <translation>افتحه للطباعة أو المشاركة</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <comment>@action:button</comment>
        <translation>اختر تاريخًا</translation>
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
        <translation>يفتح تقويمًا</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <comment>@title:window</comment>
        <translation>اختر تاريخًا</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <source>No date</source>
        <comment>@action:button</comment>
        <translation type="vanished">بدون تاريخ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <comment>@action:button</comment>
        <translation type="vanished">الشهر السابق</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@title:calendar</comment>
        <extracomment>The month on show in a calendar: %1 the month&apos;s name, %2 the year</extracomment>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <source>Next month</source>
        <comment>@action:button</comment>
        <translation type="vanished">الشهر التالي</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>@label:spinbox</comment>
        <translation type="vanished">السنة</translation>
    </message>
    <message>
        <source>Year %1</source>
        <comment>@label:spinbox</comment>
        <translation type="vanished">السنة %1</translation>
    </message>
    <message>
        <source>Tap a day.</source>
        <comment>@info</comment>
        <translation type="vanished">اضغط على يوم.</translation>
    </message>
</context>
<context>
    <name>DatePickerField</name>
    <message>
        <source>No date. Choose one</source>
        <comment>@action:button</comment>
        <translation type="vanished">لا يوجد تاريخ. اختر واحدًا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@action:button date field</comment>
        <extracomment>A date field for screen readers: %1 its label, %2 the date shown</extracomment>
        <translation type="vanished">%1: %2</translation>
    </message>
</context>
<context>
    <name>DateTimeDialog</name>
    <message>
        <source>Time</source>
        <comment>@label:spinbox</comment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>@label:spinbox</comment>
        <translation>الساعة</translation>
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
        <translation>الدقيقة</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@action:button</comment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>@action:button</comment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Choose %1 or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the latest date (or date and time) allowed</extracomment>
        <translation>اختر %1 أو قبله.</translation>
    </message>
    <message>
        <source>Choose %1 or later.</source>
        <comment>@info</comment>
        <extracomment>%1 the earliest date (or date and time) allowed</extracomment>
        <translation>اختر %1 أو بعده.</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>@action:button</comment>
        <translation>اختر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>إلغاء</translation>
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
        <translation>اختر التاريخ والوقت</translation>
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
        <translation>يفتح تقويمًا</translation>
    </message>
    <message>
        <source>Choose a date and time</source>
        <comment>@title:window</comment>
        <translation>اختر التاريخ والوقت</translation>
    </message>
</context>
<context>
    <name>DocumentEditPage</name>
    <message>
        <source>Add a document</source>
        <comment>@title:page</comment>
        <translation>أضف مستندًا</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>@title</comment>
        <extracomment>%1 a document, %2 the young person&apos;s name</extracomment>
        <translation>%1 لـ %2</translation>
    </message>
    <message>
        <source>Which document</source>
        <comment>@label</comment>
        <translation>أي مستند</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Due by</source>
        <comment>@label</comment>
        <translation>مطلوب قبل</translation>
    </message>
    <message>
        <source>Expires on</source>
        <comment>@label</comment>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Who is helping</source>
        <comment>@label:listbox</comment>
        <translation>من يساعد</translation>
    </message>
    <message>
        <source>Who is helping: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>Screen reader: %1 the person chosen</extracomment>
        <translation>من يساعد: %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>ملاحظات (اختياري)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">احفظ %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <comment>@action:button</comment>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <comment>@action:button</comment>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>مستنداتي</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>You asked your PA for help.</source>
        <comment>@info</comment>
        <translation>طلبت المساعدة من مرشدك.</translation>
    </message>
    <message>
        <source>Ask my PA for help</source>
        <comment>@action:button</comment>
        <translation>اطلب المساعدة من مرشدي</translation>
    </message>
    <message>
        <source>Ask my PA for help with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">اطلب المساعدة من مرشدي في %1</translation>
    </message>
    <message>
        <source>No documents on the checklist yet.</source>
        <comment>@info</comment>
        <translation>لا توجد مستندات في القائمة بعد.</translation>
    </message>
    <message>
        <source>Your PA will add the documents you need.</source>
        <comment>@info</comment>
        <translation>سيضيف مرشدك المستندات التي تحتاجها.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <comment>@action:button</comment>
        <translation>أضف مستندًا</translation>
    </message>
    <message>
        <source>Add a document to %1&apos;s checklist</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">أضف مستندًا إلى قائمة %1</translation>
    </message>
    <message>
        <source>I have it now</source>
        <comment>@action:button</comment>
        <translation>صار عندي الآن</translation>
    </message>
    <message>
        <source>I have it now: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">صار عندي الآن: %1</translation>
    </message>
    <message>
        <source>Confirm they have it</source>
        <comment>@action:button</comment>
        <translation>أكّد أنه صار عنده</translation>
    </message>
    <message>
        <source>Confirm they have %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">أكّد أن %1 صار عنده</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>@action:button</comment>
        <translation>غيّر</translation>
    </message>
    <message>
        <source>Change %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">غيّر %1</translation>
    </message>
    <message>
        <source>Add the documents they need with the button above.</source>
        <comment>@info</comment>
        <translation>أضف المستندات التي يحتاجها باستخدام الزر في الأعلى.</translation>
    </message>
</context>
<context>
    <name>EnrolCodeSheet</name>
    <message>
        <source>Set up %1&apos;s phone</source>
        <comment>@title:window</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>إعداد هاتف %1</translation>
    </message>
    <message>
        <source>Read the code out, or let them scan the QR code with their phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>اقرأ الرمز بصوت عالٍ، أو دعه يمسح رمز QR بكاميرا هاتفه.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is the code spelt out one character at a time</extracomment>
        <translation>الرمز: %1</translation>
    </message>
    <message>
        <source>QR code to set up their phone, with the same code</source>
        <comment>@info</comment>
        <translation>رمز QR لإعداد هاتفه، بنفس الرمز</translation>
    </message>
    <message>
        <source>On their phone:
1. Install Pathway and open it.
2. Tap &quot;I have a code from my PA&quot;.
3. Type the code, or scan the QR code with the camera.
4. They choose their own passphrase or PIN. Nobody else needs to know it.</source>
        <comment>@info</comment>
        <translation>على هاتفه:
1. ثبّت باثواي وافتحه.
2. اضغط «لدي رمز من مرشدي».
3. اكتب الرمز، أو امسح رمز QR بالكاميرا.
4. يختار عبارة المرور أو الرقم السري بنفسه. لا أحد غيره يحتاج أن يعرفها.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <comment>@action:button</comment>
        <translation>أنشئ رمزًا جديدًا</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <source>Mark as entered in error?</source>
        <comment>@title:window</comment>
        <translation>تعليمه كمُدخل خطأً؟</translation>
    </message>
    <message>
        <source>It will no longer count as contact in any figure or alert. It stays on the record, struck through, with your reason.</source>
        <comment>@info</comment>
        <translation>لن يُحسب بعد الآن تواصلًا في أي رقم أو تنبيه. يبقى في السجل مشطوبًا، مع السبب الذي كتبته.</translation>
    </message>
    <message>
        <source>Why was it entered in error?</source>
        <comment>@label:textbox</comment>
        <translation>لماذا أُدخل خطأً؟</translation>
    </message>
    <message>
        <source>For example: logged for the wrong young person</source>
        <comment>@info:placeholder</comment>
        <translation>مثلًا: سُجّل لشاب آخر بالخطأ</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <comment>@action:button</comment>
        <translation>علّمه كمُدخل خطأً</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>EntitlementEditPage</name>
    <message>
        <source>For %1</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>لـ %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the status as recorded now</extracomment>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>New status</source>
        <comment>@label</comment>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>ملاحظات (اختياري)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Save the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">احفظ حالة %1</translation>
    </message>
</context>
<context>
    <name>GlossaryTerms</name>
    <message>
        <source>Words explained</source>
        <comment>@title</comment>
        <translation>شرح الكلمات</translation>
    </message>
</context>
<context>
    <name>HandoverEditPage</name>
    <message>
        <source>Health history handover</source>
        <comment>@title:page</comment>
        <translation>تسليم السجل الصحي</translation>
    </message>
    <message>
        <source>Health history for %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>السجل الصحي لـ %1</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <comment>@label</comment>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>They agreed to their health history being shared</source>
        <comment>@option:check</comment>
        <translation>وافق على مشاركة سجله الصحي</translation>
    </message>
    <message>
        <source>They have their copy</source>
        <comment>@option:check</comment>
        <translation>عنده نسخته</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>ملاحظات (اختياري)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Save the handover</source>
        <comment>@action:button</comment>
        <translation>احفظ التسليم</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>صحتي</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Add an appointment</source>
        <comment>@action:button</comment>
        <translation>أضف موعداً</translation>
    </message>
    <message>
        <source>Add a note</source>
        <comment>@action:button</comment>
        <translation>أضف ملاحظة</translation>
    </message>
    <message>
        <source>Nothing in your health history yet.</source>
        <comment>@info</comment>
        <translation>لا يوجد شيء في سجلك الصحي بعد.</translation>
    </message>
    <message>
        <source>Add appointments and notes with the buttons above.</source>
        <comment>@info</comment>
        <translation>أضف المواعيد والملاحظات باستخدام الأزرار في الأعلى.</translation>
    </message>
    <message>
        <source>New appointment</source>
        <comment>@title:window</comment>
        <translation>موعد جديد</translation>
    </message>
    <message>
        <source>New note</source>
        <comment>@title:window</comment>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@info:placeholder</comment>
        <translation>ما هو؟</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@label:textbox</comment>
        <translation>ما هو؟</translation>
    </message>
    <message>
        <source>More details (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>تفاصيل أكثر (اختياري)</translation>
    </message>
    <message>
        <source>More details</source>
        <comment>@label:textbox</comment>
        <translation>تفاصيل أكثر</translation>
    </message>
    <message>
        <source>Health history handover</source>
        <comment>@title</comment>
        <translation>تسليم السجل الصحي</translation>
    </message>
    <message>
        <source>Change the handover</source>
        <comment>@action:button</comment>
        <translation>غيّر التسليم</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <comment>@action:button</comment>
        <translation>سجّل التسليم</translation>
    </message>
    <message>
        <source>Record the health history handover for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">سجّل تسليم السجل الصحي لـ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>@label</comment>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>HelpNowView</name>
    <message>
        <source>If you need help now</source>
        <comment>@title</comment>
        <translation>إذا احتجت مساعدة الآن</translation>
    </message>
    <message>
        <source>Your PA may not answer straight away, for example at night. You can call:</source>
        <comment>@info</comment>
        <translation>قد لا يرد مرشدك فورًا، مثلًا في الليل. يمكنك الاتصال بـ:</translation>
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
        <translation>اتصل بـ %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <comment>@title:page</comment>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <comment>@title</comment>
        <extracomment>Greeting; %1 is the young person&apos;s name</extracomment>
        <translation>مرحباً %1</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@title</comment>
        <translation>مرشدي</translation>
    </message>
    <message>
        <source>We last spoke: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is e.g. &quot;3 weeks ago&quot;</extracomment>
        <translation>آخر مرة تحدثنا: %1</translation>
    </message>
    <message>
        <source>My PA is %1. We last spoke: %2</source>
        <comment>@info</comment>
        <translation>مرشدي هو %1. آخر مرة تحدثنا: %2</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@action:button</comment>
        <translation>تحدث مع مرشدي</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@title</comment>
        <translation>ما الخطوة التالية</translation>
    </message>
    <message>
        <source>What to do next: %1 %2</source>
        <comment>@info</comment>
        <translation>الخطوة التالية: %1 %2</translation>
    </message>
    <message>
        <source>See my plan</source>
        <comment>@action:button</comment>
        <translation>اعرض خطتي</translation>
    </message>
    <message>
        <source>My plan review</source>
        <comment>@title</comment>
        <translation>مراجعة خطتي</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Contact and support</source>
        <comment>@title plan area</comment>
        <translation>التواصل والدعم</translation>
    </message>
    <message>
        <source>Education and training</source>
        <comment>@title plan area</comment>
        <translation>التعليم والتدريب</translation>
    </message>
    <message>
        <source>Work and activities</source>
        <comment>@title plan area</comment>
        <translation>العمل والأنشطة</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <comment>@title plan area</comment>
        <translation>إذا حدثت مشكلة</translation>
    </message>
    <message>
        <source>Where I live</source>
        <comment>@title plan area</comment>
        <translation>مكان سكني</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <comment>@title plan area</comment>
        <translation>العائلة والأصدقاء</translation>
    </message>
    <message>
        <source>Skills for living</source>
        <comment>@title plan area</comment>
        <translation>مهارات الحياة</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>@title plan area</comment>
        <translation>المال</translation>
    </message>
    <message>
        <source>Health and feelings</source>
        <comment>@title plan area</comment>
        <translation>الصحة والمشاعر</translation>
    </message>
    <message>
        <source>Who I am</source>
        <comment>@title plan area</comment>
        <translation>من أنا</translation>
    </message>
    <message>
        <source>Who helps me and how we keep in touch</source>
        <comment>@info plan area</comment>
        <translation>من يساعدني وكيف نبقى على تواصل</translation>
    </message>
    <message>
        <source>School, college, university or training</source>
        <comment>@info plan area</comment>
        <translation>المدرسة أو الكلية أو الجامعة أو التدريب</translation>
    </message>
    <message>
        <source>Jobs, apprenticeships and things I do</source>
        <comment>@info plan area</comment>
        <translation>الوظائف والتدريب المهني والأشياء التي أفعلها</translation>
    </message>
    <message>
        <source>What happens if my plan stops working</source>
        <comment>@info plan area</comment>
        <translation>ماذا يحدث إذا توقفت خطتي عن النجاح</translation>
    </message>
    <message>
        <source>My home, and if it is right for me</source>
        <comment>@info plan area</comment>
        <translation>بيتي، وهل هو مناسب لي</translation>
    </message>
    <message>
        <source>People who matter to me</source>
        <comment>@info plan area</comment>
        <translation>الناس المهمّون لي</translation>
    </message>
    <message>
        <source>Cooking, shopping, bills and other skills</source>
        <comment>@info plan area</comment>
        <translation>الطبخ والتسوق والفواتير ومهارات أخرى</translation>
    </message>
    <message>
        <source>My money and the help I can get</source>
        <comment>@info plan area</comment>
        <translation>مالي والمساعدة التي يمكنني الحصول عليها</translation>
    </message>
    <message>
        <source>My body and my mind</source>
        <comment>@info plan area</comment>
        <translation>جسمي وعقلي</translation>
    </message>
    <message>
        <source>My culture, faith and language</source>
        <comment>@info plan area</comment>
        <translation>ثقافتي وديني ولغتي</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>@info:status</comment>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>@info:status</comment>
        <translation>بدأ</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info:status</comment>
        <translation>تم</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <comment>@info:status</comment>
        <translation>غير مطلوب الآن</translation>
    </message>
    <message>
        <source>Birth</source>
        <comment>@info health</comment>
        <translation>الولادة</translation>
    </message>
    <message>
        <source>Family health</source>
        <comment>@info health</comment>
        <translation>صحة العائلة</translation>
    </message>
    <message>
        <source>Growing up</source>
        <comment>@info health</comment>
        <translation>مرحلة النمو</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <comment>@info health</comment>
        <translation>التطعيم</translation>
    </message>
    <message>
        <source>Allergy</source>
        <comment>@info health</comment>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Medicine</source>
        <comment>@info health</comment>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Illness</source>
        <comment>@info health</comment>
        <translation>المرض</translation>
    </message>
    <message>
        <source>Hospital</source>
        <comment>@info health</comment>
        <translation>المستشفى</translation>
    </message>
    <message>
        <source>Dentist check</source>
        <comment>@info health</comment>
        <translation>فحص الأسنان</translation>
    </message>
    <message>
        <source>Eye test</source>
        <comment>@info health</comment>
        <translation>فحص النظر</translation>
    </message>
    <message>
        <source>Feelings and mental health</source>
        <comment>@info health</comment>
        <translation>المشاعر والصحة النفسية</translation>
    </message>
    <message>
        <source>My GP</source>
        <comment>@info health</comment>
        <translation>طبيب العائلة (GP)</translation>
    </message>
    <message>
        <source>My dentist</source>
        <comment>@info health</comment>
        <translation>طبيب أسناني</translation>
    </message>
    <message>
        <source>My optician</source>
        <comment>@info health</comment>
        <translation>أخصائي النظارات</translation>
    </message>
    <message>
        <source>Using the NHS</source>
        <comment>@info health</comment>
        <translation>استخدام الخدمة الصحية (NHS)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <comment>@info health</comment>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info health</comment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <comment>@info document</comment>
        <translation>رقم التأمين الوطني</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <comment>@info document</comment>
        <translation>شهادة الميلاد</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>@info document</comment>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>Provisional driving licence</source>
        <comment>@info document</comment>
        <translation>رخصة القيادة المؤقتة</translation>
    </message>
    <message>
        <source>Bank account</source>
        <comment>@info document</comment>
        <translation>حساب بنكي</translation>
    </message>
    <message>
        <source>eVisa (UKVI account)</source>
        <comment>@info document</comment>
        <translation>التأشيرة الإلكترونية eVisa (حساب UKVI)</translation>
    </message>
    <message>
        <source>Care leaver letter</source>
        <comment>@info document</comment>
        <translation>رسالة مغادر الرعاية</translation>
    </message>
    <message>
        <source>GP registration and NHS number</source>
        <comment>@info document</comment>
        <translation>التسجيل عند طبيب العائلة (GP) ورقم NHS</translation>
    </message>
    <message>
        <source>Health summary</source>
        <comment>@info document</comment>
        <translation>ملخص صحي</translation>
    </message>
    <message>
        <source>Junior ISA</source>
        <comment>@info document</comment>
        <translation>حساب التوفير للصغار (Junior ISA)</translation>
    </message>
    <message>
        <source>Registered to vote</source>
        <comment>@info document</comment>
        <translation>مسجّل للتصويت</translation>
    </message>
    <message>
        <source>Universal Credit (as a care leaver)</source>
        <comment>@info document</comment>
        <translation>الائتمان الشامل Universal Credit (كمغادر للرعاية)</translation>
    </message>
    <message>
        <source>I have it</source>
        <comment>@info:status document</comment>
        <translation>لدي</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>@info:status document</comment>
        <translation>تم التقديم</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>@info:status document</comment>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Not needed</source>
        <comment>@info:status document</comment>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <source>Not asked for yet</source>
        <comment>@info:status offer</comment>
        <translation>لم يُطلب بعد</translation>
    </message>
    <message>
        <source>Asked for</source>
        <comment>@info:status offer</comment>
        <translation>تم الطلب</translation>
    </message>
    <message>
        <source>Claimed</source>
        <comment>@info:status offer</comment>
        <translation>تم التقديم عليه</translation>
    </message>
    <message>
        <source>Got it</source>
        <comment>@info:status offer</comment>
        <translation>حصلت عليه</translation>
    </message>
    <message>
        <source>Not for me</source>
        <comment>@info:status offer</comment>
        <translation>ليس لي</translation>
    </message>
    <message>
        <source>Said no thanks</source>
        <comment>@info:status offer</comment>
        <translation>قلت لا، شكرًا</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>@info contact</comment>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>@info contact</comment>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Video call</source>
        <comment>@info contact</comment>
        <translation>مكالمة فيديو</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>@info contact</comment>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>@info contact</comment>
        <translation>رسالة بريدية</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <comment>@info contact</comment>
        <translation>زيارة بدون موعد</translation>
    </message>
    <message>
        <source>Tried to reach</source>
        <comment>@info contact</comment>
        <translation>محاولة تواصل</translation>
    </message>
    <message>
        <source>Eligible</source>
        <comment>@info care leaver category</comment>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <source>Relevant</source>
        <comment>@info care leaver category</comment>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <source>Former relevant</source>
        <comment>@info care leaver category</comment>
        <translation>ذو صلة سابقًا</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <comment>@info care leaver category</comment>
        <translation>مستوفٍ للشروط</translation>
    </message>
    <message>
        <source>Not a care leaver</source>
        <comment>@info care leaver category</comment>
        <translation>ليس مغادرًا للرعاية</translation>
    </message>
    <message>
        <source>Moved home</source>
        <comment>@info chronology</comment>
        <translation>انتقل إلى سكن جديد</translation>
    </message>
    <message>
        <source>Started education</source>
        <comment>@info chronology</comment>
        <translation>بدأ الدراسة</translation>
    </message>
    <message>
        <source>Left education</source>
        <comment>@info chronology</comment>
        <translation>ترك الدراسة</translation>
    </message>
    <message>
        <source>Started work</source>
        <comment>@info chronology</comment>
        <translation>بدأ العمل</translation>
    </message>
    <message>
        <source>Left work</source>
        <comment>@info chronology</comment>
        <translation>ترك العمل</translation>
    </message>
    <message>
        <source>Went into custody</source>
        <comment>@info chronology</comment>
        <translation>دخل الاحتجاز</translation>
    </message>
    <message>
        <source>Left custody</source>
        <comment>@info chronology</comment>
        <translation>خرج من الاحتجاز</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>@info chronology</comment>
        <translation>حمل</translation>
    </message>
    <message>
        <source>Became a parent</source>
        <comment>@info chronology</comment>
        <translation>أصبح أبًا أو أمًّا</translation>
    </message>
    <message>
        <source>Left care</source>
        <comment>@info chronology</comment>
        <translation>غادر الرعاية</translation>
    </message>
    <message>
        <source>Asylum decision</source>
        <comment>@info chronology</comment>
        <translation>قرار اللجوء</translation>
    </message>
    <message>
        <source>Asked for a plan review</source>
        <comment>@info chronology</comment>
        <translation>طلب مراجعة الخطة</translation>
    </message>
    <message>
        <source>Other event</source>
        <comment>@info chronology</comment>
        <translation>حدث آخر</translation>
    </message>
    <message>
        <source>Born</source>
        <comment>@info chronology</comment>
        <translation>الولادة</translation>
    </message>
    <message>
        <source>PA allocated</source>
        <comment>@info chronology</comment>
        <translation>تم تعيين مرشد</translation>
    </message>
    <message>
        <source>PA allocation ended</source>
        <comment>@info chronology</comment>
        <translation>انتهى تعيين المرشد</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@info chronology</comment>
        <translation>تواصل</translation>
    </message>
    <message>
        <source>Tried to make contact</source>
        <comment>@info chronology</comment>
        <translation>محاولة تواصل</translation>
    </message>
    <message>
        <source>Plan review held</source>
        <comment>@info chronology</comment>
        <translation>عُقدت مراجعة الخطة</translation>
    </message>
    <message>
        <source>Health history handed over</source>
        <comment>@info chronology</comment>
        <translation>سُلّم السجل الصحي</translation>
    </message>
    <message>
        <source>Document obtained</source>
        <comment>@info chronology</comment>
        <translation>تم الحصول على مستند</translation>
    </message>
    <message>
        <source>Regular review</source>
        <comment>@info review</comment>
        <translation>مراجعة دورية</translation>
    </message>
    <message>
        <source>Asked for by the young person</source>
        <comment>@info review</comment>
        <translation>بطلب من الشاب</translation>
    </message>
    <message>
        <source>After a big change</source>
        <comment>@info review</comment>
        <translation>بعد تغيير كبير</translation>
    </message>
    <message numerus="yes">
        <source>Contact overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>التواصل متأخر اليوم</numerusform>
            <numerusform>التواصل متأخر يومًا واحدًا</numerusform>
            <numerusform>التواصل متأخر يومين</numerusform>
            <numerusform>التواصل متأخر %n أيام</numerusform>
            <numerusform>التواصل متأخر %n يومًا</numerusform>
            <numerusform>التواصل متأخر %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@info alert</comment>
        <translation>موعد التواصل قريب</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@info alert</comment>
        <translation>لم يُعيَّن مرشد</translation>
    </message>
    <message>
        <source>Visit due after a move</source>
        <comment>@info alert</comment>
        <translation>زيارة مطلوبة بعد الانتقال</translation>
    </message>
    <message numerus="yes">
        <source>Plan review overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>مراجعة الخطة متأخرة اليوم</numerusform>
            <numerusform>مراجعة الخطة متأخرة يومًا واحدًا</numerusform>
            <numerusform>مراجعة الخطة متأخرة يومين</numerusform>
            <numerusform>مراجعة الخطة متأخرة %n أيام</numerusform>
            <numerusform>مراجعة الخطة متأخرة %n يومًا</numerusform>
            <numerusform>مراجعة الخطة متأخرة %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan review due soon</source>
        <comment>@info alert</comment>
        <translation>موعد مراجعة الخطة قريب</translation>
    </message>
    <message>
        <source>Health history not handed over</source>
        <comment>@info alert</comment>
        <translation>لم يُسلَّم السجل الصحي</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a document, e.g. Passport</extracomment>
        <translation>ناقص: %1</translation>
    </message>
    <message>
        <source>Missing ID</source>
        <comment>@info alert</comment>
        <translation>الهوية ناقصة</translation>
    </message>
    <message>
        <source>Passport expires soon</source>
        <comment>@info alert</comment>
        <translation>جواز السفر سينتهي قريبًا</translation>
    </message>
    <message>
        <source>Birthday in-touch contact missed</source>
        <comment>@info alert</comment>
        <translation>فات التواصل في عيد الميلاد</translation>
    </message>
    <message>
        <source>Asked for contact</source>
        <comment>@info alert</comment>
        <translation>طلب التواصل</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>@info alert</comment>
        <translation>يحتاج إلى اهتمام</translation>
    </message>
    <message>
        <source>no date</source>
        <comment>@info</comment>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>today</source>
        <comment>@info time</comment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>@info time</comment>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>منذ يوم</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يوماً</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>هذا الأسبوع</numerusform>
            <numerusform>منذ أسبوع</numerusform>
            <numerusform>منذ أسبوعين</numerusform>
            <numerusform>منذ %n أسابيع</numerusform>
            <numerusform>منذ %n أسبوعاً</numerusform>
            <numerusform>منذ %n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>هذا الشهر</numerusform>
            <numerusform>منذ شهر</numerusform>
            <numerusform>منذ شهرين</numerusform>
            <numerusform>منذ %n أشهر</numerusform>
            <numerusform>منذ %n شهراً</numerusform>
            <numerusform>منذ %n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>@info money</comment>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>%1 في السنة</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>@info money</comment>
        <translation>%1 في الشهر</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <comment>@info money</comment>
        <translation>%1 في الأسبوع</translation>
    </message>
    <message>
        <source>Proposed, waiting for the PA</source>
        <comment>@info:status</comment>
        <extracomment>A step the young person proposed; their PA has not answered yet</extracomment>
        <translation>مقترَح، بانتظار المرشد</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <comment>@info health handover</comment>
        <translation>نسخة ورقية</translation>
    </message>
    <message>
        <source>Digital copy</source>
        <comment>@info health handover</comment>
        <translation>نسخة رقمية</translation>
    </message>
    <message>
        <source>Paper and digital copies</source>
        <comment>@info health handover</comment>
        <translation>نسخة ورقية ونسخة رقمية</translation>
    </message>
    <message>
        <source>Copy made to keep</source>
        <comment>@info chronology</comment>
        <extracomment>A copy of the young person&apos;s plan or health history was made for them to keep</extracomment>
        <translation>أُعدّت نسخة للاحتفاظ بها</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <comment>@info recorded need</comment>
        <translation>يحتاج إلى مترجم</translation>
    </message>
    <message>
        <source>Needs an interpreter: %1</source>
        <comment>@info recorded need</comment>
        <extracomment>A recorded need shown to staff: %1 the young person&apos;s first language</extracomment>
        <translation>يحتاج إلى مترجم: %1</translation>
    </message>
    <message>
        <source>Not in education, work or training for too long</source>
        <comment>@info alert</comment>
        <translation>لا يدرس ولا يعمل ولا يتدرّب منذ مدة طويلة جدًا</translation>
    </message>
    <message>
        <source>Accommodation not suitable</source>
        <comment>@info alert</comment>
        <translation>السكن غير مناسب</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <extracomment>Label of the list of languages; each language is listed in its own words</extracomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 is the language in use, in its own words, e.g. &quot;العربية&quot;</extracomment>
        <translation>اللغة: %1</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>LogContactPage</name>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <source>Who with</source>
        <comment>@label:listbox</comment>
        <translation>مع من</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>تحدّثنا (تواصل ناجح)</translation>
    </message>
    <message>
        <source>Successful contact</source>
        <comment>@option:check</comment>
        <translation type="vanished">تواصل ناجح</translation>
    </message>
    <message>
        <source>Seen alone</source>
        <comment>@option:check</comment>
        <translation>تمت رؤيته على انفراد</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>ملاحظات (اختياري)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Save contact</source>
        <comment>@action:button</comment>
        <translation>احفظ التواصل</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@label</comment>
        <translation>متى</translation>
    </message>
    <message>
        <source>Log another contact</source>
        <comment>@action:button</comment>
        <translation>سجّل تواصلًا آخر</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pathway</source>
        <comment>@title:window</comment>
        <translation>باثواي</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>What I can get</source>
        <comment>@title:page</comment>
        <translation>ما يمكنني الحصول عليه</translation>
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
        <translation>كيف تحصل عليه: %1</translation>
    </message>
    <message>
        <source>Ask for this</source>
        <comment>@action:button</comment>
        <translation>اطلب هذا</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">اطلب %1</translation>
    </message>
    <message>
        <source>No items of the local offer match right now.</source>
        <comment>@info</comment>
        <translation>لا يوجد شيء من العرض المحلي يناسبك الآن.</translation>
    </message>
    <message>
        <source>Ask your PA what help you can get.</source>
        <comment>@info</comment>
        <translation>اسأل مرشدك عن المساعدة التي يمكنك الحصول عليها.</translation>
    </message>
    <message>
        <source>Update status</source>
        <comment>@action:button</comment>
        <translation>حدّث الحالة</translation>
    </message>
    <message>
        <source>Update the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">حدّث حالة %1</translation>
    </message>
    <message>
        <source>Ask for this: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">اطلب هذا: %1</translation>
    </message>
</context>
<context>
    <name>Pathway::AlertListModel</name>
    <message>
        <source>Coming due</source>
        <comment>@info alert tier</comment>
        <translation>موعده قريب</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>@info alert tier</comment>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Escalated to a manager</source>
        <comment>@info alert tier</comment>
        <translation>أُحيل إلى المدير</translation>
    </message>
    <message>
        <source>Contact may be lost</source>
        <comment>@info alert tier</comment>
        <extracomment>The young person has not been contacted for so long they may be lost to the service</extracomment>
        <translation>قد نفقد التواصل</translation>
    </message>
    <message>
        <source>Needs action now</source>
        <comment>@info alert tier</comment>
        <translation>يحتاج إلى إجراء الآن</translation>
    </message>
    <message>
        <source>A young person not on this device yet</source>
        <comment>@info</comment>
        <translation>شاب ليس على هذا الجهاز بعد</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: when something is due</extracomment>
        <translation>موعده %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: since when the alert&apos;s condition has been true</extracomment>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>For a manager</source>
        <comment>@info alert audience</comment>
        <translation>للمدير</translation>
    </message>
    <message>
        <source>For the PA</source>
        <comment>@info alert audience</comment>
        <translation>للمرشد</translation>
    </message>
    <message>
        <source>a member of staff</source>
        <comment>@info who acknowledged</comment>
        <translation>أحد الموظفين</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <comment>@info alert</comment>
        <extracomment>%1 a member of staff, %2 a date and time</extracomment>
        <translation>اطّلع عليه %1 في %2</translation>
    </message>
    <message>
        <source>Acknowledgement as last checked with the server.</source>
        <comment>@info alert</comment>
        <translation>الاطلاع كما كان عند آخر تحقق مع الخادم.</translation>
    </message>
    <message>
        <source>Found on this device. The server has not listed it yet, so it cannot be acknowledged yet.</source>
        <comment>@info alert</comment>
        <translation>وُجد على هذا الجهاز. لم يُدرجه الخادم بعد، لذلك لا يمكن تأكيد الاطلاع عليه الآن.</translation>
    </message>
    <message>
        <source>Acknowledging needs a connection to the server.</source>
        <comment>@info alert</comment>
        <translation>تأكيد الاطلاع يحتاج إلى اتصال بالخادم.</translation>
    </message>
    <message>
        <source>Sending the acknowledgement…</source>
        <comment>@info alert</comment>
        <translation>جارٍ إرسال تأكيد الاطلاع…</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>تعيين مرشد</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>افتح السجل</translation>
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
        <translation>نسخة تجريبية: هذه التنبيهات محسوبة على هذا الجهاز. لا يُرسل شيء، لذلك لا يمكن تأكيد الاطلاع عليها.</translation>
    </message>
    <message>
        <source>This device is not signed in to the server, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>هذا الجهاز غير مسجّل الدخول إلى الخادم، لذلك هذه القائمة محسوبة على هذا الجهاز. تأكيد الاطلاع يحتاج إلى اتصال.</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so this list is worked out on this device. Sign in again to acknowledge alerts.</source>
        <comment>@info</comment>
        <translation>انتهت صلاحية تسجيل دخولك، لذلك هذه القائمة محسوبة على هذا الجهاز. سجّل الدخول مجددًا لتأكيد الاطلاع على التنبيهات.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>جارٍ التحقق مع الخادم…</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>تعذّر الوصول إلى الخادم، لذلك هذه القائمة محسوبة على هذا الجهاز. تأكيد الاطلاع يحتاج إلى اتصال.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device, with the acknowledgements as they were on %1. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>تعذّر الوصول إلى الخادم، لذلك هذه القائمة محسوبة على هذا الجهاز، مع حالات الاطلاع كما كانت في %1. تأكيد الاطلاع يحتاج إلى اتصال.</translation>
    </message>
    <message>
        <source>Checked with the server on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>تم التحقق مع الخادم في %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need(s) action.</source>
        <comment>@info</comment>
        <extracomment>The first sentence of the alerts page&apos;s summary; the second is separate so each can take plurals</extracomment>
        <translation>
            <numerusform>لا توجد تنبيهات تحتاج إلى إجراء.</numerusform>
            <numerusform>تنبيه واحد يحتاج إلى إجراء.</numerusform>
            <numerusform>تنبيهان يحتاجان إلى إجراء.</numerusform>
            <numerusform>%n تنبيهات تحتاج إلى إجراء.</numerusform>
            <numerusform>%n تنبيهًا يحتاج إلى إجراء.</numerusform>
            <numerusform>%n تنبيه يحتاج إلى إجراء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged.</source>
        <comment>@info alerts</comment>
        <translation>
            <numerusform>لم يُطّلع على أي تنبيه.</numerusform>
            <numerusform>تم الاطلاع على واحد.</numerusform>
            <numerusform>تم الاطلاع على اثنين.</numerusform>
            <numerusform>تم الاطلاع على %n.</numerusform>
            <numerusform>تم الاطلاع على %n.</numerusform>
            <numerusform>تم الاطلاع على %n.</numerusform>
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
        <translation>اكتب ملاحظة: ما الذي يُفعل بشأنه، أو لماذا يمكنه الانتظار.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n character(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>الملاحظة طويلة جدًا.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: حرف واحد على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: حرفان على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: %n أحرف على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: %n حرفًا على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: your sign-in has expired. Sign in again, then acknowledge.</source>
        <comment>@info</comment>
        <translation>لم يُرسل: انتهت صلاحية تسجيل دخولك. سجّل الدخول مجددًا، ثم أكّد الاطلاع.</translation>
    </message>
    <message>
        <source>Not sent: acknowledging needs a connection to the server. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>لم يُرسل: تأكيد الاطلاع يحتاج إلى اتصال بالخادم. ملاحظتك محفوظة هنا؛ حاول مرة أخرى عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>Not sent: the server has not listed this alert yet. It can be acknowledged after the next sync.</source>
        <comment>@info</comment>
        <translation>لم يُرسل: الخادم لم يُدرج هذا التنبيه بعد. يمكن تأكيد الاطلاع عليه بعد المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Acknowledged. Everyone who sees this alert now sees your note.</source>
        <comment>@info</comment>
        <translation>تم تأكيد الاطلاع. كل من يرى هذا التنبيه يرى ملاحظتك الآن.</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>لم يُرسل: تعذّر الوصول إلى الخادم. ملاحظتك محفوظة هنا؛ حاول مرة أخرى عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>Not acknowledged: this alert has cleared on the server in the meantime.</source>
        <comment>@info</comment>
        <translation>لم يتم تأكيد الاطلاع: انتهى هذا التنبيه على الخادم في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server no longer shows you this alert.</source>
        <comment>@info</comment>
        <translation>لم يتم تأكيد الاطلاع: الخادم لم يعد يعرض لك هذا التنبيه.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept the note. Write a shorter note and try again.</source>
        <comment>@info</comment>
        <translation>لم يتم تأكيد الاطلاع: الخادم لم يقبل الملاحظة. اكتب ملاحظة أقصر وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept it. Try again later.</source>
        <comment>@info</comment>
        <translation>لم يتم تأكيد الاطلاع: الخادم لم يقبله. حاول مرة أخرى لاحقًا.</translation>
    </message>
</context>
<context>
    <name>Pathway::AppController</name>
    <message numerus="yes">
        <source>Use at least %n characters or digits.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>استخدم حرفًا أو رقمًا على الأقل.</numerusform>
            <numerusform>استخدم حرفًا أو رقمًا واحدًا على الأقل.</numerusform>
            <numerusform>استخدم حرفين أو رقمين على الأقل.</numerusform>
            <numerusform>استخدم %n أحرف أو أرقام على الأقل.</numerusform>
            <numerusform>استخدم %n حرفًا أو رقمًا على الأقل.</numerusform>
            <numerusform>استخدم %n حرف أو رقم على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different. Type the same one twice.</source>
        <comment>@info</comment>
        <translation>الإدخالان مختلفان. اكتب نفس الشيء مرتين.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <comment>@info</comment>
        <translation>عبارة المرور غير صحيحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <comment>@info</comment>
        <translation>محاولات خاطئة كثيرة. انتظر ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This device&apos;s key store cannot be reached. Unlock the device and try again.</source>
        <comment>@info</comment>
        <translation>لا يمكن الوصول إلى مخزن المفاتيح في هذا الجهاز. افتح قفل الجهاز وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no data on this device yet.</source>
        <comment>@info</comment>
        <translation>لا توجد بيانات على هذا الجهاز بعد.</translation>
    </message>
    <message>
        <source>This device already has data. Unlock it instead.</source>
        <comment>@info</comment>
        <translation>هذا الجهاز فيه بيانات من قبل. افتح القفل بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <comment>@info</comment>
        <translation>تعذّر فتح البيانات على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The first sync did not finish. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>لم تكتمل المزامنة الأولى. تحقق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation type="vanished">اكتب الرمز الجديد من مرشدك.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation type="vanished">اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation type="vanished">هذا الرمز لشخص آخر. هذا الهاتف يحفظ معلوماتك، لذلك لا يعمل هنا إلا رمز صُنع لك. اطلب من مرشدك رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation type="vanished">هذا حساب مختلف. هذا الجهاز يحفظ معلومات الشخص الذي أعدّه، لذلك لا يمكن لغيره تسجيل الدخول هنا. لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation type="vanished">
            <numerusform>محاولات كثيرة جدًا. انتظر قليلًا، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر ثانية واحدة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر ثانيتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثوانٍ، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation type="vanished">تعذّر الوصول إلى الخادم. تغييراتك محفوظة؛ حاول مرة أخرى عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">لم يعمل هذا الرمز. ربما استُخدم أو انتهت صلاحيته: اطلب من مرشدك رمزًا جديدًا. لم يتغير شيء على هذا الهاتف.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">كلمة المرور غير صحيحة. لم يتغير شيء على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation type="vanished">لم ينجح تسجيل الدخول. تغييراتك محفوظة؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>This device&apos;s data file is missing. Nothing was replaced. Restore it from a backup, or sign in again to download your records.</source>
        <comment>@info</comment>
        <translation>ملف البيانات على هذا الجهاز مفقود. لم يُستبدل شيء. استرجعه من نسخة احتياطية، أو سجّل الدخول مجددًا لتنزيل سجلاتك.</translation>
    </message>
    <message>
        <source>This device was signed out by your leaving-care service and the information on it was removed. If this is your device, sign in again.</source>
        <comment>@info</comment>
        <translation>سجّلت خدمة دعم مغادري الرعاية خروج هذا الجهاز، وحُذفت المعلومات التي كانت عليه. إذا كان هذا جهازك، فسجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Sign in first: go back and type your e-mail and password, or your code.</source>
        <comment>@info</comment>
        <translation>سجّل الدخول أولًا: ارجع واكتب بريدك الإلكتروني وكلمة المرور، أو رمزك.</translation>
    </message>
</context>
<context>
    <name>Pathway::AttentionNotifier</name>
    <message>
        <source>Pathway</source>
        <comment>@title:notification</comment>
        <translation>باثواي</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <comment>@action:button notification</comment>
        <extracomment>The button of an OS notification that opens the alerts page</extracomment>
        <translation>افتح التنبيهات</translation>
    </message>
    <message numerus="yes">
        <source>%n young people in your team have a new alert for a manager</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a manager&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>لا يوجد شباب في فريقك لديهم تنبيه جديد للمدير</numerusform>
            <numerusform>شاب واحد في فريقك لديه تنبيه جديد للمدير</numerusform>
            <numerusform>شابان في فريقك لديهما تنبيه جديد للمدير</numerusform>
            <numerusform>%n شباب في فريقك لديهم تنبيه جديد للمدير</numerusform>
            <numerusform>%n شابًا في فريقك لديهم تنبيه جديد للمدير</numerusform>
            <numerusform>%n شاب في فريقك لديهم تنبيه جديد للمدير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n young people on your caseload have a new alert</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a PA&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>لا يوجد شباب في حالاتك لديهم تنبيه جديد</numerusform>
            <numerusform>شاب واحد في حالاتك لديه تنبيه جديد</numerusform>
            <numerusform>شابان في حالاتك لديهما تنبيه جديد</numerusform>
            <numerusform>%n شباب في حالاتك لديهم تنبيه جديد</numerusform>
            <numerusform>%n شابًا في حالاتك لديهم تنبيه جديد</numerusform>
            <numerusform>%n شاب في حالاتك لديهم تنبيه جديد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pathway::CaseloadController</name>
    <message numerus="yes">
        <source>%n young people.</source>
        <comment>@info</comment>
        <extracomment>%n young people; the second sentence is separate so each can take plurals</extracomment>
        <translation>
            <numerusform>لا يوجد شباب.</numerusform>
            <numerusform>شاب واحد.</numerusform>
            <numerusform>شابان.</numerusform>
            <numerusform>%n شباب.</numerusform>
            <numerusform>%n شابًا.</numerusform>
            <numerusform>%n شاب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>لا أحد يحتاج إلى اهتمام.</numerusform>
            <numerusform>واحد يحتاج إلى اهتمام.</numerusform>
            <numerusform>اثنان يحتاجان إلى اهتمام.</numerusform>
            <numerusform>%n يحتاجون إلى اهتمام.</numerusform>
            <numerusform>%n يحتاجون إلى اهتمام.</numerusform>
            <numerusform>%n يحتاجون إلى اهتمام.</numerusform>
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
        <translation>لا شيء متأخر</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>@info other alerts</comment>
        <translation>
            <numerusform>ولا شيء آخر</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <comment>@info</comment>
        <translation>آخر تواصل %1</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <comment>@info</comment>
        <translation>لم يُسجَّل أي تواصل</translation>
    </message>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>العمر %1، %2</translation>
    </message>
    <message>
        <source>No PA</source>
        <comment>@info</comment>
        <translation>بدون مرشد</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 name, %2 what needs attention, %3 last contact</extracomment>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>طلب التحدث اليوم</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>طلب التحدث</translation>
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
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>A PA</source>
        <comment>@info chronology</comment>
        <translation>مرشد</translation>
    </message>
</context>
<context>
    <name>Pathway::CircumstancesController</name>
    <message>
        <source>No activity recorded yet.</source>
        <comment>@info</comment>
        <translation>لم يُسجَّل أي نشاط بعد.</translation>
    </message>
    <message>
        <source>%1, since %2.</source>
        <comment>@info activity</comment>
        <extracomment>%1 an activity (&quot;Other education, full time&quot;), %2 a date</extracomment>
        <translation>%1، منذ %2.</translation>
    </message>
    <message>
        <source>No accommodation recorded yet.</source>
        <comment>@info</comment>
        <translation>لم يُسجَّل أي سكن بعد.</translation>
    </message>
    <message>
        <source>%1, suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Independent living&quot;), %2 a date</extracomment>
        <translation>%1، مناسب، منذ %2.</translation>
    </message>
    <message>
        <source>%1, not suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Bed and breakfast&quot;), %2 a date</extracomment>
        <translation>%1، غير مناسب، منذ %2.</translation>
    </message>
    <message>
        <source>Worked out from contacts around each birthday; nothing else recorded.</source>
        <comment>@info</comment>
        <translation>مستنتج من التواصل حول كل عيد ميلاد؛ لم يُسجَّل شيء آخر.</translation>
    </message>
    <message>
        <source>%1, recorded from %2.</source>
        <comment>@info in touch</comment>
        <extracomment>%1 an in-touch status (&quot;Refuses contact&quot;), %2 a date</extracomment>
        <translation>%1، مسجَّل ابتداءً من %2.</translation>
    </message>
    <message>
        <source>disability not recorded</source>
        <comment>@info</comment>
        <translation>الإعاقة غير مسجَّلة</translation>
    </message>
    <message>
        <source>has a disability</source>
        <comment>@info</comment>
        <translation>لديه إعاقة</translation>
    </message>
    <message>
        <source>no disability</source>
        <comment>@info</comment>
        <translation>لا إعاقة لديه</translation>
    </message>
    <message>
        <source>Gender: %1. Ethnicity: %2. %3.</source>
        <comment>@info</comment>
        <extracomment>%1 gender, %2 ethnicity, %3 disability (&quot;no disability&quot;)</extracomment>
        <translation>الجنس: %1. الأصل العرقي: %2. %3.</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <comment>@option</comment>
        <translation>لديه إعاقة</translation>
    </message>
    <message>
        <source>No disability</source>
        <comment>@option</comment>
        <translation>لا إعاقة لديه</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@option</comment>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Choose the day it started.</source>
        <comment>@info</comment>
        <translation>اختر يوم البدء.</translation>
    </message>
    <message>
        <source>The activity is recorded.</source>
        <comment>@info</comment>
        <translation>تم تسجيل النشاط.</translation>
    </message>
    <message>
        <source>Choose the day they moved in.</source>
        <comment>@info</comment>
        <translation>اختر يوم انتقاله إلى السكن.</translation>
    </message>
    <message>
        <source>The accommodation is recorded.</source>
        <comment>@info</comment>
        <translation>تم تسجيل السكن.</translation>
    </message>
    <message>
        <source>Choose the day it applies from.</source>
        <comment>@info</comment>
        <translation>اختر اليوم الذي يسري منه.</translation>
    </message>
    <message>
        <source>The in-touch status is recorded.</source>
        <comment>@info</comment>
        <translation>تم تسجيل حالة التواصل.</translation>
    </message>
    <message>
        <source>You cannot change this record.</source>
        <comment>@info</comment>
        <translation>لا يمكنك تغيير هذا السجل.</translation>
    </message>
    <message>
        <source>Gender, ethnicity and disability are saved.</source>
        <comment>@info</comment>
        <translation>تم حفظ الجنس والأصل العرقي والإعاقة.</translation>
    </message>
</context>
<context>
    <name>Pathway::ConflictsModel</name>
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
        <translation>%1. على هذا الجهاز: %2. من الخادم: %3</translation>
    </message>
    <message>
        <source>The young person&apos;s own words</source>
        <comment>@title conflict</comment>
        <translation>كلمات الشاب نفسه</translation>
    </message>
    <message>
        <source>The goal</source>
        <comment>@title conflict</comment>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>What happens if the plan stops working</source>
        <comment>@title conflict</comment>
        <translation>ماذا يحدث إذا توقفت الخطة عن النجاح</translation>
    </message>
    <message>
        <source>The notes</source>
        <comment>@title conflict</comment>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@title conflict</comment>
        <translation>خطوة في الخطة</translation>
    </message>
    <message>
        <source>A text</source>
        <comment>@title conflict</comment>
        <translation>نص</translation>
    </message>
    <message>
        <source>Plan, %1: %2</source>
        <comment>@title conflict</comment>
        <extracomment>%1 a plan area, %2 which text in it, e.g. &quot;Plan, Health: The goal&quot;</extracomment>
        <translation>الخطة، %1: %2</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactLogController</name>
    <message>
        <source>Choose who the contact was with.</source>
        <comment>@info</comment>
        <translation>اختر مع من كان التواصل.</translation>
    </message>
    <message>
        <source>Some of that is missing or too long.</source>
        <comment>@info</comment>
        <translation>بعض المعلومات ناقصة أو طويلة جدًا.</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ التواصل.</translation>
    </message>
    <message>
        <source>%1 with %2 saved on this device.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact, %2 name</extracomment>
        <translation>حُفظ %1 مع %2 على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>@info</comment>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Give a reason for the amendment.</source>
        <comment>@info</comment>
        <translation>اكتب سببًا للتعديل.</translation>
    </message>
    <message>
        <source>Amendment saved. The original contact is kept.</source>
        <comment>@info</comment>
        <translation>حُفظ التعديل. التواصل الأصلي باقٍ.</translation>
    </message>
    <message>
        <source>The visit with %1 is already saved (%2).</source>
        <comment>@info</comment>
        <extracomment>%1 name, %2 the time it was saved</extracomment>
        <translation>الزيارة مع %1 محفوظة من قبل (%2).</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ الزيارة.</translation>
    </message>
    <message>
        <source>Visit with %1 saved on this device.</source>
        <comment>@info</comment>
        <translation>حُفظت الزيارة مع %1 على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Choose when the contact happened.</source>
        <comment>@info</comment>
        <translation>اختر متى حدث التواصل.</translation>
    </message>
    <message>
        <source>%1 is in the future. Choose when the contact happened: now or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the time chosen</extracomment>
        <translation>%1 في المستقبل. اختر متى حدث التواصل: الآن أو قبل ذلك.</translation>
    </message>
    <message>
        <source>That contact is not on this device.</source>
        <comment>@info</comment>
        <translation>هذا التواصل ليس على هذا الجهاز.</translation>
    </message>
    <message>
        <source>This contact is marked as entered in error.</source>
        <comment>@info</comment>
        <translation>هذا التواصل معلَّم كمُدخل خطأً.</translation>
    </message>
    <message>
        <source>Say why this contact was entered in error.</source>
        <comment>@info</comment>
        <translation>اكتب لماذا أُدخل هذا التواصل خطأً.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <comment>@info</comment>
        <translation>السبب طويل جدًا.</translation>
    </message>
    <message>
        <source>The contact could not be marked as entered in error.</source>
        <comment>@info</comment>
        <translation>تعذّر تعليم التواصل كمُدخل خطأً.</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact, and the request to talk it answered is open again. The original stays on the record.</source>
        <comment>@info</comment>
        <translation>تم تعليمه كمُدخل خطأً. لم يعد يُحسب تواصلًا، وطلب التحدث الذي أجاب عنه مفتوح من جديد. يبقى الأصل في السجل.</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact; the original stays on the record.</source>
        <comment>@info</comment>
        <translation>تم تعليمه كمُدخل خطأً. لم يعد يُحسب تواصلًا؛ يبقى الأصل في السجل.</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestController</name>
    <message>
        <source>Call %1 on %2</source>
        <comment>@action:button</comment>
        <extracomment>A button that phones: %1 who, %2 their number</extracomment>
        <translation>اتصل بـ %1 على %2</translation>
    </message>
    <message>
        <source>Out-of-hours team</source>
        <comment>@info helpline</comment>
        <translation>فريق خارج أوقات العمل</translation>
    </message>
    <message>
        <source>When your PA cannot answer</source>
        <comment>@info helpline</comment>
        <translation>عندما لا يستطيع مرشدك الرد</translation>
    </message>
    <message>
        <source>Emergency: police, ambulance, fire</source>
        <comment>@info helpline</comment>
        <translation>الطوارئ: الشرطة، الإسعاف، الإطفاء</translation>
    </message>
    <message>
        <source>If you or someone else is in danger now</source>
        <comment>@info helpline</comment>
        <translation>إذا كنت أنت أو شخص آخر في خطر الآن</translation>
    </message>
    <message>
        <source>Childline</source>
        <comment>@info helpline</comment>
        <translation>Childline (خط مساعدة الأطفال)</translation>
    </message>
    <message>
        <source>Free, day or night, if you are under 19</source>
        <comment>@info helpline</comment>
        <translation>مجاني، ليلًا ونهارًا، إذا كان عمرك أقل من 19</translation>
    </message>
    <message>
        <source>Samaritans</source>
        <comment>@info helpline</comment>
        <translation>Samaritans (السامريون)</translation>
    </message>
    <message>
        <source>Free, day or night, whatever you are going through</source>
        <comment>@info helpline</comment>
        <translation>مجاني، ليلًا ونهارًا، مهما كان ما تمرّ به</translation>
    </message>
    <message>
        <source>This request has been answered already.</source>
        <comment>@info</comment>
        <translation>تم الرد على هذا الطلب من قبل.</translation>
    </message>
    <message>
        <source>This request is no longer on this device.</source>
        <comment>@info</comment>
        <translation>هذا الطلب لم يعد على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <comment>@info</comment>
        <translation>اكتب ردّك أولًا.</translation>
    </message>
    <message>
        <source>The reply could not be saved. It may be too long.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ الرد. ربما هو طويل جدًا.</translation>
    </message>
    <message>
        <source>Reply saved on this device. It is sent when you are online.</source>
        <comment>@info</comment>
        <translation>حُفظ الرد على هذا الجهاز. يُرسل عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>Choose how you talked.</source>
        <comment>@info</comment>
        <translation>اختر كيف تحدّثتما.</translation>
    </message>
    <message>
        <source>The contact could not be saved. The notes may be too long.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ التواصل. ربما الملاحظات طويلة جدًا.</translation>
    </message>
    <message>
        <source>%1 saved on this device. The request is answered.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact (&quot;Phone call&quot;)</extracomment>
        <translation>حُفظ %1 على هذا الجهاز. تم الرد على الطلب.</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestsModel</name>
    <message>
        <source>%1 at %2</source>
        <comment>@info</comment>
        <extracomment>%1 how long ago (&quot;today&quot;, &quot;3 days ago&quot;), %2 a time (&quot;18:40&quot;)</extracomment>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>طلب التحدث اليوم</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>طلب التحدث</translation>
    </message>
    <message>
        <source>You asked to talk today</source>
        <comment>@info request</comment>
        <translation>طلبت التحدث اليوم</translation>
    </message>
    <message>
        <source>You asked to talk</source>
        <comment>@info request</comment>
        <translation>طلبت التحدث</translation>
    </message>
    <message>
        <source>Saved on your phone. It goes to your PA when you are online.</source>
        <comment>@info:status</comment>
        <translation>محفوظ على هاتفك. يصل إلى مرشدك عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>Not accepted: ask your PA in another way.</source>
        <comment>@info:status</comment>
        <translation>لم يُقبل: تواصل مع مرشدك بطريقة أخرى.</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <comment>@info:status</comment>
        <translation>بانتظار ردّك</translation>
    </message>
    <message>
        <source>Your PA has it. Waiting for an answer.</source>
        <comment>@info:status</comment>
        <translation>وصل إلى مرشدك. بانتظار الرد.</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>@info:status</comment>
        <translation>تم الرد</translation>
    </message>
    <message>
        <source>Your PA</source>
        <comment>@info</comment>
        <translation>مرشدك</translation>
    </message>
    <message>
        <source>%1 replied: %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 their reply</extracomment>
        <translation>ردّ %1: %2</translation>
    </message>
    <message>
        <source>%1 answered: %2, %3</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 kind of contact (&quot;Phone&quot;), %3 when</extracomment>
        <translation>أجاب %1: %2، %3</translation>
    </message>
    <message>
        <source>Answered by %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 when</extracomment>
        <translation>أجاب %1، %2</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>@info:status</comment>
        <translation>تم سحبه</translation>
    </message>
    <message>
        <source>%1, %2. %3. %4</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 heading, %2 when, %3 where it stands, %4 the message or the answer</extracomment>
        <translation>%1، %2. %3. %4</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>@info:status request</comment>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>@info request</comment>
        <extracomment>%1 when the request was made, %2 where it stands (&quot;Your PA has it. Waiting for an answer.&quot;)</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactsModel</name>
    <message>
        <source>We talked</source>
        <comment>@info contact outcome</comment>
        <translation>تحدّثنا</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <comment>@info contact outcome</comment>
        <translation>لم نتمكن من الوصول إليه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info</comment>
        <extracomment>%1 outcome, %2 the staff member</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 kind of contact, %2 when, %3 outcome</extracomment>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>Entered in error: %1 (marked by %2)</source>
        <comment>@info</comment>
        <extracomment>%1 why the contact was entered in error, %2 who marked it</extracomment>
        <translation>أُدخل خطأً: %1 (علّمه %2)</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <comment>@info</comment>
        <extracomment>%1 why the contact was entered in error</extracomment>
        <translation>أُدخل خطأً: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@info contact outcome</comment>
        <translation>أُدخل خطأً</translation>
    </message>
</context>
<context>
    <name>Pathway::CopyToKeepController</name>
    <message>
        <source>That copy could not be made. Choose a folder on this device.</source>
        <comment>@info</comment>
        <translation>تعذّر إنشاء هذه النسخة. اختر مجلدًا على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ النسخة هناك. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Saved as %1. Open it to print or share it.</source>
        <comment>@info</comment>
        <extracomment>%1 the file&apos;s name, e.g. pathway-plan-2026-12-06.pdf</extracomment>
        <translation>حُفظت باسم %1. افتحها لتطبعها أو تشاركها.</translation>
    </message>
    <message>
        <source>Saved as %1, but this device could not note it in the record.</source>
        <comment>@info</comment>
        <translation>حُفظت باسم %1، لكن هذا الجهاز لم يستطع تسجيل ذلك في السجل.</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentEditController</name>
    <message>
        <source>A document</source>
        <comment>@title</comment>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <comment>@item:inlistbox who is helping</comment>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>%1 (their PA)</source>
        <comment>@item:inlistbox</comment>
        <extracomment>%1 the PA&apos;s name</extracomment>
        <translation>%1 (مرشده)</translation>
    </message>
    <message>
        <source>%1 says they have it now. Check it, then save it as &quot;Have it&quot;.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>يقول %1 إنه صار عنده الآن. تحقّق منه، ثم احفظه على أنه «لدي».</translation>
    </message>
    <message>
        <source>%1 asked for help with this.</source>
        <comment>@info</comment>
        <translation>طلب %1 المساعدة في هذا.</translation>
    </message>
    <message>
        <source>Choose which document to add.</source>
        <comment>@info</comment>
        <translation>اختر المستند الذي تريد إضافته.</translation>
    </message>
    <message>
        <source>The expiry date is before the day they got it. Check the expiry date.</source>
        <comment>@info</comment>
        <translation>تاريخ الانتهاء قبل يوم الحصول عليه. تحقّق من تاريخ الانتهاء.</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <comment>@info document</comment>
        <translation>تم تحديث %1.</translation>
    </message>
    <message>
        <source>%1: confirmed that they have it.</source>
        <comment>@info document</comment>
        <translation>%1: تم التأكد أنه عنده.</translation>
    </message>
    <message>
        <source>Thank you. Your PA will check it and confirm.</source>
        <comment>@info</comment>
        <translation>شكرًا. سيتحقق مرشدك منه ويؤكده.</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentsModel</name>
    <message>
        <source>Out of date</source>
        <comment>@info:status document</comment>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>ينتهي %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info</comment>
        <translation>موعده %1</translation>
    </message>
    <message>
        <source>%1 is helping</source>
        <comment>@info</comment>
        <extracomment>%1 is a person, e.g. the PA&apos;s name</extracomment>
        <translation>%1 يساعد</translation>
    </message>
    <message>
        <source>%1. %2 is helping</source>
        <comment>@info</comment>
        <translation>%1. %2 يساعد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>They asked for help.</source>
        <comment>@info document</comment>
        <translation>طلب المساعدة.</translation>
    </message>
    <message>
        <source>%1. They asked for help.</source>
        <comment>@info document</comment>
        <translation>%1. طلب المساعدة.</translation>
    </message>
    <message>
        <source>Says they have it: confirm</source>
        <comment>@info:status document</comment>
        <translation>يقول إنه عنده: أكّد</translation>
    </message>
    <message>
        <source>Waiting for your PA to confirm</source>
        <comment>@info:status document</comment>
        <translation>بانتظار تأكيد مرشدك</translation>
    </message>
</context>
<context>
    <name>Pathway::EnrolCodeController</name>
    <message>
        <source>It works once, until %1 at %2.</source>
        <comment>@info</comment>
        <extracomment>%1 is a date, e.g. &quot;Wednesday, 9 December 2026&quot;; %2 a time, e.g. &quot;14:05&quot;</extracomment>
        <translation>يعمل مرة واحدة، حتى %1 الساعة %2.</translation>
    </message>
    <message>
        <source>Waiting for their phone to use the code.</source>
        <comment>@info</comment>
        <translation>بانتظار أن يستخدم هاتفه الرمز.</translation>
    </message>
    <message>
        <source>Done: %1&apos;s phone is set up. Their plan arrives on it now.</source>
        <comment>@info</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>تم: هاتف %1 جاهز. خطته تصل إليه الآن.</translation>
    </message>
    <message>
        <source>This code has run out before it was used. Make a new one.</source>
        <comment>@info</comment>
        <translation>انتهت صلاحية هذا الرمز قبل استخدامه. أنشئ رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Making a code…</source>
        <comment>@info</comment>
        <translation>جارٍ إنشاء رمز…</translation>
    </message>
    <message>
        <source>The demo has no server, so it cannot make a real code. Signed in to your council&apos;s server, this shows a code and a QR code for their phone.</source>
        <comment>@info</comment>
        <translation>النسخة التجريبية ليس لها خادم، لذلك لا يمكنها إنشاء رمز حقيقي. عند تسجيل الدخول إلى خادم مجلسك، يظهر هنا رمز ورمز QR لهاتفه.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Making a code needs a connection: try again when you are online.</source>
        <comment>@info</comment>
        <translation>تعذّر الوصول إلى الخادم. إنشاء الرمز يحتاج إلى اتصال: حاول مرة أخرى عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again, then make the code.</source>
        <comment>@info</comment>
        <translation>انتهت صلاحية تسجيل دخولك. سجّل الدخول مجددًا، ثم أنشئ الرمز.</translation>
    </message>
    <message>
        <source>Only their PA or their PA&apos;s manager can make a code for their phone.</source>
        <comment>@info</comment>
        <translation>فقط مرشده أو مدير مرشده يمكنه إنشاء رمز لهاتفه.</translation>
    </message>
    <message>
        <source>The server could not make a code. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>لم يستطع الخادم إنشاء رمز. حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
</context>
<context>
    <name>Pathway::EntitlementEditController</name>
    <message>
        <source>%1 since %2</source>
        <comment>@info offer status</comment>
        <extracomment>%1 a status (&quot;Claimed&quot;), %2 a date</extracomment>
        <translation>%1 منذ %2</translation>
    </message>
    <message>
        <source>Choose the date.</source>
        <comment>@info</comment>
        <translation>اختر التاريخ.</translation>
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
        <translation>ما معنى %1؟</translation>
    </message>
    <message>
        <source>PA</source>
        <comment>@info glossary word</comment>
        <extracomment>Short for personal adviser</extracomment>
        <translation>المرشد (PA)</translation>
    </message>
    <message>
        <source>GP</source>
        <comment>@info glossary word</comment>
        <extracomment>A family doctor (general practitioner)</extracomment>
        <translation>طبيب العائلة (GP)</translation>
    </message>
    <message>
        <source>NHS number</source>
        <comment>@info glossary word</comment>
        <translation>رقم NHS</translation>
    </message>
    <message>
        <source>NI number</source>
        <comment>@info glossary word</comment>
        <extracomment>National Insurance number</extracomment>
        <translation>رقم التأمين الوطني (NI)</translation>
    </message>
    <message>
        <source>eVisa</source>
        <comment>@info glossary word</comment>
        <translation>التأشيرة الإلكترونية eVisa</translation>
    </message>
    <message>
        <source>Staying Put</source>
        <comment>@info glossary word</comment>
        <translation>البقاء مع الأسرة الحاضنة (Staying Put)</translation>
    </message>
    <message>
        <source>Your PA (personal adviser) is the person from the council who helps you plan your life after care.</source>
        <comment>@info glossary</comment>
        <translation>مرشدك (PA، أي المستشار الشخصي) هو الشخص من المجلس المحلي الذي يساعدك على التخطيط لحياتك بعد مغادرة الرعاية.</translation>
    </message>
    <message>
        <source>Your GP is your local doctor, who you see first when you are ill.</source>
        <comment>@info glossary</comment>
        <translation>طبيب العائلة (GP) هو طبيبك المحلي. تذهب إليه أولًا عندما تمرض.</translation>
    </message>
    <message>
        <source>Your NHS number is the number that links you to your health records.</source>
        <comment>@info glossary</comment>
        <translation>رقم NHS هو الرقم الذي يربطك بسجلاتك الصحية.</translation>
    </message>
    <message>
        <source>Your NI number is your own number for work, tax and benefits.</source>
        <comment>@info glossary</comment>
        <translation>رقم التأمين الوطني (NI) هو رقمك الخاص للعمل والضرائب والإعانات.</translation>
    </message>
    <message>
        <source>An eVisa is the online proof of your right to live and work in the UK.</source>
        <comment>@info glossary</comment>
        <translation>التأشيرة الإلكترونية (eVisa) هي الإثبات الإلكتروني لحقك في العيش والعمل في المملكة المتحدة.</translation>
    </message>
    <message>
        <source>Staying Put means you can keep living with your foster carers after you turn 18.</source>
        <comment>@info glossary</comment>
        <translation>Staying Put يعني أنك تستطيع أن تستمر في العيش مع أسرتك الحاضنة بعد أن تبلغ 18.</translation>
    </message>
</context>
<context>
    <name>Pathway::HandoverController</name>
    <message>
        <source>Your health history has not been handed to you yet. Your PA will do this before you are 18.</source>
        <comment>@info</comment>
        <translation>لم يُسلَّم إليك سجلك الصحي بعد. سيفعل مرشدك ذلك قبل أن تبلغ 18.</translation>
    </message>
    <message>
        <source>The health history has not been handed over yet.</source>
        <comment>@info</comment>
        <translation>لم يُسلَّم السجل الصحي بعد.</translation>
    </message>
    <message>
        <source>Handed over on %1, but the young person does not have their copy yet.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>سُلّم في %1، لكن الشاب لم يحصل على نسخته بعد.</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>سُلّم إليك سجلك الصحي في %1.</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1 (%2).</source>
        <comment>@info</comment>
        <translation>سُلّم إليك سجلك الصحي في %1 (%2).</translation>
    </message>
    <message>
        <source>Health history handed over on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>سُلّم السجل الصحي في %1.</translation>
    </message>
    <message>
        <source>Health history handed over on %1 (%2).</source>
        <comment>@info</comment>
        <translation>سُلّم السجل الصحي في %1 (%2).</translation>
    </message>
    <message>
        <source>Choose the day it was handed over.</source>
        <comment>@info</comment>
        <translation>اختر يوم التسليم.</translation>
    </message>
    <message>
        <source>The health history handover is recorded.</source>
        <comment>@info</comment>
        <translation>تم تسجيل تسليم السجل الصحي.</translation>
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
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>@action:inmenu short</comment>
        <extracomment>Bottom navigation on a phone: one short word</extracomment>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>خطتي</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@action:inmenu short</comment>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>صحتي</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@action:inmenu short</comment>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>What I can get</source>
        <comment>@title:page</comment>
        <extracomment>The local offer: what a care leaver can get from the council</extracomment>
        <translation>ما يمكنني الحصول عليه</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@action:inmenu short</comment>
        <translation>العرض</translation>
    </message>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>مستنداتي</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>@action:inmenu short</comment>
        <translation>أوراقي</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <extracomment>PA = personal adviser</extracomment>
        <translation>تحدث مع مرشدي</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@action:inmenu short</comment>
        <translation>مرشدي</translation>
    </message>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>حالاتي</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@action:inmenu short</comment>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>@action:inmenu short</comment>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>نظرة على الفريق</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>@action:inmenu short</comment>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@title:page</comment>
        <translation>تعيين مرشد</translation>
    </message>
    <message>
        <source>Allocate</source>
        <comment>@action:inmenu short</comment>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>حالات المرشدين</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@action:inmenu short</comment>
        <translation>حالات المرشدين</translation>
    </message>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>مراجعات الخطط للاعتماد</translation>
    </message>
    <message>
        <source>Reviews</source>
        <comment>@action:inmenu short</comment>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@action:inmenu short</comment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <extracomment>Staff page: every alert of the caseload or team, to act on or acknowledge</extracomment>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@action:inmenu short</comment>
        <translation>التنبيهات</translation>
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
        <translation>الأداء</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>@action:inmenu short</comment>
        <translation>الأداء</translation>
    </message>
</context>
<context>
    <name>Pathway::OfferModel</name>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 offer item, %2 its status</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info:status offer</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1. No longer offered to new claims</source>
        <comment>@info:status offer</comment>
        <extracomment>An offer item the council no longer offers to new claims; %1 the young person&apos;s status for it</extracomment>
        <translation>%1. لم يعد متاحًا للطلبات الجديدة</translation>
    </message>
</context>
<context>
    <name>Pathway::PerformanceController</name>
    <message>
        <source>Contact in the last 8 weeks</source>
        <comment>@title figure</comment>
        <translation>تواصل خلال آخر 8 أسابيع</translation>
    </message>
    <message>
        <source>Plan reviewed in the last 6 months</source>
        <comment>@title figure</comment>
        <translation>مراجعة الخطة خلال آخر 6 أشهر</translation>
    </message>
    <message>
        <source>Health history handed over by 18</source>
        <comment>@title figure</comment>
        <translation>تسليم السجل الصحي بحلول سن 18</translation>
    </message>
    <message>
        <source>Photo ID and bank account by 18</source>
        <comment>@title figure</comment>
        <translation>هوية بصورة وحساب بنكي بحلول سن 18</translation>
    </message>
    <message>
        <source>Not in education, work or training (NEET)</source>
        <comment>@title figure</comment>
        <extracomment>NEET: not in education, employment or training</extracomment>
        <translation>لا يدرس ولا يعمل ولا يتدرّب (NEET)</translation>
    </message>
    <message>
        <source>In touch around their latest birthday</source>
        <comment>@title figure</comment>
        <translation>على تواصل في وقت آخر عيد ميلاد</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@title figure</comment>
        <translation>لم يُعيَّن مرشد شخصي (PA)</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@title figure</comment>
        <translation>عدد الحالات</translation>
    </message>
    <message>
        <source>Of every care leaver.</source>
        <comment>@info figure group</comment>
        <translation>من بين جميع مغادري الرعاية.</translation>
    </message>
    <message>
        <source>Of everyone aged 18 or over.</source>
        <comment>@info figure group</comment>
        <translation>من بين كل من بلغ 18 عامًا أو أكثر.</translation>
    </message>
    <message>
        <source>Of everyone whose activity is recorded.</source>
        <comment>@info figure group</comment>
        <translation>من بين كل من سُجّل نشاطه.</translation>
    </message>
    <message>
        <source>Of everyone whose birthday check ended in the last year.</source>
        <comment>@info figure group</comment>
        <extracomment>The DfE&apos;s &quot;in touch&quot; check: a contact within a month of the 17th to 21st birthdays</extracomment>
        <translation>من بين كل من انتهت فترة التحقق من التواصل في عيد ميلاده خلال السنة الماضية.</translation>
    </message>
    <message>
        <source>Care leavers with no PA.</source>
        <comment>@info figure group</comment>
        <translation>مغادرو الرعاية الذين ليس لهم مرشد شخصي (PA).</translation>
    </message>
    <message>
        <source>Care leavers with a PA.</source>
        <comment>@info figure group</comment>
        <translation>مغادرو الرعاية الذين لهم مرشد شخصي (PA).</translation>
    </message>
    <message>
        <source>Whole team</source>
        <comment>@item:inlistbox</comment>
        <translation>الفريق كله</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info figure value</comment>
        <translation>
            <numerusform>لا يوجد شباب</numerusform>
            <numerusform>شاب واحد</numerusform>
            <numerusform>شابان</numerusform>
            <numerusform>%n شباب</numerusform>
            <numerusform>%n شابًا</numerusform>
            <numerusform>%n شاب</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group</source>
        <comment>@info figure value</comment>
        <translation>لا أحد في هذه المجموعة</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <comment>@info figure value</comment>
        <extracomment>%1 a percentage (e.g. 75), %2 how many are counted, %3 out of how many</extracomment>
        <translation>%1% (%2 من %3)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>@info month</comment>
        <extracomment>The current month on the Performance page, counted up to today; %1 month and year</extracomment>
        <translation>%1 (حتى الآن)</translation>
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
        <translation>محسوب</translation>
    </message>
    <message>
        <source>Not counted</source>
        <comment>@info figure person</comment>
        <translation>غير محسوب</translation>
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
        <translation>%1، قبل %2</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>@info:status</comment>
        <translation>متأخر</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) to do</source>
        <comment>@info</comment>
        <extracomment>Screen reader: plan area and how many steps are still to do</extracomment>
        <translation>
            <numerusform>%1: لا خطوات</numerusform>
            <numerusform>%1: خطوة واحدة</numerusform>
            <numerusform>%1: خطوتان</numerusform>
            <numerusform>%1: %n خطوات</numerusform>
            <numerusform>%1: %n خطوة</numerusform>
            <numerusform>%1: %n خطوة</numerusform>
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
        <translation>حُفظ على هذا الجهاز. يُرسل إلى الخادم عندما يتوفر الاتصال.</translation>
    </message>
    <message>
        <source>Saved on this device and on the server.</source>
        <comment>@info</comment>
        <translation>حُفظ على هذا الجهاز وعلى الخادم.</translation>
    </message>
    <message>
        <source>The server did not accept this change. Check it and save again, or ask your manager.</source>
        <comment>@info</comment>
        <translation>لم يقبل الخادم هذا التغيير. تحقّق منه واحفظه مرة أخرى، أو اسأل مديرك.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Open Conflicts to choose which to keep.</source>
        <comment>@info</comment>
        <translation>غيّر شخص آخر هذا في نفس الوقت. افتح التعارضات لتختار ما تحتفظ به.</translation>
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
        <translation>لا يمكن أن يكون التاريخ في المستقبل. اختر تاريخًا أقدم.</translation>
    </message>
    <message>
        <source>Some of that is too long. Shorten it and try again.</source>
        <comment>@info</comment>
        <translation>بعض ما كتبته طويل جدًا. اختصره وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Some of the dates do not fit together. Check them and try again.</source>
        <comment>@info</comment>
        <translation>بعض التواريخ لا تتوافق مع بعضها. تحقّق منها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Some of that is missing. Check and try again.</source>
        <comment>@info</comment>
        <translation>بعض المعلومات ناقصة. تحقّق وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>You cannot make this change. Ask your PA or manager.</source>
        <comment>@info</comment>
        <translation>لا يمكنك إجراء هذا التغيير. اسأل مرشدك أو مديرك.</translation>
    </message>
    <message>
        <source>That could not be saved on this device. Try again.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ ذلك على هذا الجهاز. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Pathway::RejectedChangesController</name>
    <message>
        <source>Not accepted: %1. %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: a change the server refused; %1 what, %2 why</extracomment>
        <translation>لم يُقبل: %1. %2</translation>
    </message>
    <message>
        <source>That could not be changed on this device.</source>
        <comment>@info</comment>
        <translation>تعذّر تغيير ذلك على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Your change is undone. The saved version comes back when the app syncs.</source>
        <comment>@info</comment>
        <translation>تم التراجع عن تغييرك. ستعود النسخة المحفوظة عند مزامنة التطبيق.</translation>
    </message>
    <message>
        <source>Your change is undone.</source>
        <comment>@info</comment>
        <translation>تم التراجع عن تغييرك.</translation>
    </message>
    <message>
        <source>You cannot change this record now: they may have moved to another PA, or your role does not allow it.</source>
        <comment>@info rejected change</comment>
        <translation>لا يمكنك تغيير هذا السجل الآن: ربما انتقل إلى مرشد آخر، أو دورك لا يسمح بذلك.</translation>
    </message>
    <message>
        <source>Only your PA can make this change.</source>
        <comment>@info rejected change</comment>
        <translation>فقط مرشدك يمكنه إجراء هذا التغيير.</translation>
    </message>
    <message>
        <source>A saved contact cannot be changed.</source>
        <comment>@info rejected change</comment>
        <translation>لا يمكن تغيير تواصل محفوظ.</translation>
    </message>
    <message>
        <source>The clock on this device is wrong.</source>
        <comment>@info rejected change</comment>
        <translation>الساعة على هذا الجهاز خاطئة.</translation>
    </message>
    <message>
        <source>Something in this change is missing or not right.</source>
        <comment>@info rejected change</comment>
        <translation>شيء في هذا التغيير ناقص أو غير صحيح.</translation>
    </message>
    <message>
        <source>This record belongs to someone this device cannot change.</source>
        <comment>@info rejected change</comment>
        <translation>هذا السجل يخص شخصًا لا يستطيع هذا الجهاز تغيير سجله.</translation>
    </message>
    <message>
        <source>This device was signed out by the service.</source>
        <comment>@info rejected change</comment>
        <translation>سجّلت الخدمة خروج هذا الجهاز.</translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <comment>@info rejected change</comment>
        <translation>لم يقبله الخادم.</translation>
    </message>
    <message>
        <source>Undo it here, and ask your manager who can make it.</source>
        <comment>@info rejected change</comment>
        <translation>تراجع عنه هنا، واسأل مديرك من يستطيع إجراءه.</translation>
    </message>
    <message>
        <source>Undo it here, and tell your PA on the Talk page what you wanted.</source>
        <comment>@info rejected change</comment>
        <translation>تراجع عنه هنا، وأخبر مرشدك في صفحة «تحدث مع مرشدي» بما كنت تريده.</translation>
    </message>
    <message>
        <source>Undo it here. To correct a contact, mark it entered in error and log it again.</source>
        <comment>@info rejected change</comment>
        <translation>تراجع عنه هنا. لتصحيح تواصل، علّمه كمُدخل خطأً وسجّله مرة أخرى.</translation>
    </message>
    <message>
        <source>Set the right date and time in the device settings, then undo it here and make it again.</source>
        <comment>@info rejected change</comment>
        <translation>اضبط التاريخ والوقت الصحيحين في إعدادات الجهاز، ثم تراجع عنه هنا وأجرِ التغيير مرة أخرى.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again, or ask your manager.</source>
        <comment>@info rejected change</comment>
        <translation>تراجع عنه هنا وأجرِ التغيير مرة أخرى، أو اسأل مديرك.</translation>
    </message>
    <message>
        <source>Undo it here and try again, or ask your PA.</source>
        <comment>@info rejected change</comment>
        <translation>تراجع عنه هنا وحاول مرة أخرى، أو اسأل مرشدك.</translation>
    </message>
    <message>
        <source>Words in the plan</source>
        <comment>@info rejected change</comment>
        <translation>كلمات في الخطة</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@info rejected change</comment>
        <translation>خطوة في الخطة</translation>
    </message>
    <message>
        <source>A plan review</source>
        <comment>@info rejected change</comment>
        <translation>مراجعة خطة</translation>
    </message>
    <message>
        <source>The health history</source>
        <comment>@info rejected change</comment>
        <translation>السجل الصحي</translation>
    </message>
    <message>
        <source>A document</source>
        <comment>@info rejected change</comment>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Something from the local offer</source>
        <comment>@info rejected change</comment>
        <translation>شيء من العرض المحلي</translation>
    </message>
    <message>
        <source>A contact</source>
        <comment>@info rejected change</comment>
        <translation>تواصل</translation>
    </message>
    <message>
        <source>A request to talk</source>
        <comment>@info rejected change</comment>
        <translation>طلب تحدث</translation>
    </message>
    <message>
        <source>An event in the history</source>
        <comment>@info rejected change</comment>
        <translation>حدث في السجل</translation>
    </message>
    <message>
        <source>A PA allocation</source>
        <comment>@info rejected change</comment>
        <translation>تعيين مرشد</translation>
    </message>
    <message>
        <source>A change</source>
        <comment>@info rejected change</comment>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Someone else has already given them a PA for these dates.</source>
        <comment>@info rejected change</comment>
        <translation>شخص آخر عيّن له مرشدًا لهذه التواريخ من قبل.</translation>
    </message>
    <message>
        <source>The person chosen is not a PA of this service.</source>
        <comment>@info rejected change</comment>
        <translation>الشخص الذي اخترته ليس مرشدًا في هذه الخدمة.</translation>
    </message>
    <message>
        <source>The service could not accept one detail of this change (%1).</source>
        <comment>@info rejected change</comment>
        <extracomment>%1 is the name of the detail the server refused, as the app stores it (e.g. &quot;notes&quot;, &quot;from&quot;)</extracomment>
        <translation>لم تستطع الخدمة قبول أحد تفاصيل هذا التغيير (%1).</translation>
    </message>
    <message>
        <source>Undo it here. Once the app has synced, check who their PA is now, and allocate again if it is still needed.</source>
        <comment>@info rejected change</comment>
        <translation>تراجع عنه هنا. بعد مزامنة التطبيق، تحقّق من هو مرشده الآن، وعيّن مرشدًا مرة أخرى إذا كان ذلك لا يزال مطلوبًا.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your manager.</source>
        <comment>@info rejected change</comment>
        <translation>تراجع عنه هنا وأجرِ التغيير مرة أخرى. إذا رُفض مرة أخرى، حدّث التطبيق، أو أخبر مديرك.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your PA on the Talk page.</source>
        <comment>@info rejected change</comment>
        <translation>تراجع عنه هنا وأجرِ التغيير مرة أخرى. إذا رُفض مرة أخرى، حدّث التطبيق، أو أخبر مرشدك في صفحة «تحدث مع مرشدي».</translation>
    </message>
    <message>
        <source>What they are doing (education, work or training)</source>
        <comment>@info rejected change</comment>
        <translation>ماذا يفعل (تعليم أو عمل أو تدريب)</translation>
    </message>
    <message>
        <source>Where they live</source>
        <comment>@info rejected change</comment>
        <translation>أين يسكن</translation>
    </message>
    <message>
        <source>Whether they are in touch</source>
        <comment>@info rejected change</comment>
        <translation>هل هو على تواصل</translation>
    </message>
</context>
<context>
    <name>Pathway::ReturnsController</name>
    <message>
        <source>1 April %1 to 31 March %2</source>
        <comment>@info</comment>
        <extracomment>The SSDA903 collection year, e.g. &quot;1 April 2025 to 31 March 2026&quot;</extracomment>
        <translation>من 1 أبريل %1 إلى 31 مارس %2</translation>
    </message>
    <message>
        <source>Fetching the return from the server…</source>
        <comment>@info</comment>
        <translation>جارٍ جلب التقرير من الخادم…</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this return.</source>
        <comment>@info</comment>
        <translation>فقط المديرون ومسؤولو النظام يمكنهم استخراج هذا التقرير.</translation>
    </message>
    <message>
        <source>The return could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>تعذّر جلب التقرير. تحقق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The return could not be saved in %1. Choose another folder.</source>
        <comment>@info</comment>
        <extracomment>%1 a folder</extracomment>
        <translation>تعذّر حفظ التقرير في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n row(s).</source>
        <comment>@info</comment>
        <extracomment>%1 a file path; then how many young people are in it</extracomment>
        <translation>
            <numerusform>حُفظ %1 بدون أي صف.</numerusform>
            <numerusform>حُفظ %1 وفيه صف واحد.</numerusform>
            <numerusform>حُفظ %1 وفيه صفّان.</numerusform>
            <numerusform>حُفظ %1 وفيه %n صفوف.</numerusform>
            <numerusform>حُفظ %1 وفيه %n صفًا.</numerusform>
            <numerusform>حُفظ %1 وفيه %n صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n row(s) need correcting before it is sent.</source>
        <comment>@info</comment>
        <extracomment>%1 &quot;Saved ... with N rows.&quot;; then how many rows break a DfE rule</extracomment>
        <translation>
            <numerusform>%1 لا توجد صفوف تحتاج إلى تصحيح قبل إرساله.</numerusform>
            <numerusform>%1 صف واحد يحتاج إلى تصحيح قبل إرساله.</numerusform>
            <numerusform>%1 صفّان يحتاجان إلى تصحيح قبل إرساله.</numerusform>
            <numerusform>%1 %n صفوف تحتاج إلى تصحيح قبل إرساله.</numerusform>
            <numerusform>%1 %n صفًا تحتاج إلى تصحيح قبل إرساله.</numerusform>
            <numerusform>%1 %n صف تحتاج إلى تصحيح قبل إرساله.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a day up to today: the list shows what was recorded by then.</source>
        <comment>@info</comment>
        <translation>اختر يومًا حتى اليوم: تعرض القائمة ما سُجّل حتى ذلك اليوم.</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this list.</source>
        <comment>@info</comment>
        <translation>يمكن للمديرين والمسؤولين فقط أخذ هذه القائمة.</translation>
    </message>
    <message>
        <source>The server refused the day: choose a day up to today.</source>
        <comment>@info</comment>
        <translation>رفض الخادم اليوم: اختر يومًا حتى اليوم.</translation>
    </message>
    <message>
        <source>The list could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>تعذّر جلب القائمة. تحقّق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused the list (%1). Sign in again or ask an administrator.</source>
        <comment>@info</comment>
        <extracomment>%1 the server&apos;s reason, a code such as &quot;login_required&quot;</extracomment>
        <translation>رفض الخادم القائمة (%1). سجّل الدخول مرة أخرى أو اسأل مسؤولًا.</translation>
    </message>
</context>
<context>
    <name>Pathway::ReviewController</name>
    <message>
        <source>The review is overdue: it was due %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>المراجعة متأخرة: كان موعدها %1.</translation>
    </message>
    <message>
        <source>The review is due by %1.</source>
        <comment>@info</comment>
        <translation>المراجعة مطلوبة قبل %1.</translation>
    </message>
    <message>
        <source>Next review %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>المراجعة القادمة %1.</translation>
    </message>
    <message>
        <source>No review recorded yet.</source>
        <comment>@info</comment>
        <translation>لم تُسجَّل أي مراجعة بعد.</translation>
    </message>
    <message>
        <source>Choose the day the review was held.</source>
        <comment>@info</comment>
        <translation>اختر يوم عقد المراجعة.</translation>
    </message>
    <message>
        <source>Write what was agreed at the review.</source>
        <comment>@info</comment>
        <translation>اكتب ما تم الاتفاق عليه في المراجعة.</translation>
    </message>
    <message>
        <source>Choose a next review date after the review.</source>
        <comment>@info</comment>
        <translation>اختر موعدًا للمراجعة القادمة بعد هذه المراجعة.</translation>
    </message>
    <message>
        <source>The review is recorded.</source>
        <comment>@info</comment>
        <translation>تم تسجيل المراجعة.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInAgainController</name>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation>اكتب الرمز الجديد من مرشدك.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>هذا الرمز لشخص آخر. هذا الهاتف يحفظ معلوماتك، لذلك لا يعمل هنا إلا رمز صُنع لك. اطلب من مرشدك رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation>هذا حساب مختلف. هذا الجهاز يحفظ معلومات الشخص الذي أعدّه، لذلك لا يمكن لغيره تسجيل الدخول هنا. لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>محاولات كثيرة جدًا. انتظر قليلًا، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر ثانية واحدة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر ثانيتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثوانٍ، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation>تعذّر الوصول إلى الخادم. تغييراتك محفوظة؛ حاول مرة أخرى عندما تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation>لم يعمل هذا الرمز. ربما استُخدم أو انتهت صلاحيته: اطلب من مرشدك رمزًا جديدًا. لم يتغير شيء على هذا الهاتف.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation>كلمة المرور غير صحيحة. لم يتغير شيء على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation>لم ينجح تسجيل الدخول. تغييراتك محفوظة؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInJob</name>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or open the link they send you.</source>
        <comment>@info</comment>
        <translation>هذا التطبيق لا يعرف خادم مجلسك بعد. اطلب من مرشدك أن يريك رمز QR لهاتفك، وامسحه بالكاميرا، أو افتح الرابط الذي يرسله لك.</translation>
    </message>
    <message>
        <source>Type the server address your council gave you, under Advanced.</source>
        <comment>@info</comment>
        <translation>اكتب عنوان الخادم الذي أعطاك إياه مجلسك، في «متقدم».</translation>
    </message>
    <message>
        <source>That link does not work. Ask your PA to show you the QR code again, or type the code.</source>
        <comment>@info</comment>
        <translation>هذا الرابط لا يعمل. اطلب من مرشدك أن يريك رمز QR مرة أخرى، أو اكتب الرمز.</translation>
    </message>
    <message>
        <source>Type the code from your PA. It looks like 7KQ4-M2XD.</source>
        <comment>@info</comment>
        <translation>اكتب الرمز من مرشدك. يبدو هكذا: 7KQ4-M2XD.</translation>
    </message>
    <message>
        <source>Type your work e-mail and password.</source>
        <comment>@info</comment>
        <translation>اكتب بريد العمل الإلكتروني وكلمة المرور.</translation>
    </message>
    <message>
        <source>Cannot reach your council&apos;s server. Check that you are online (Wi-Fi or mobile data), then try again.</source>
        <comment>@info</comment>
        <translation>تعذّر الوصول إلى خادم مجلسك. تأكد أنك متصل بالإنترنت (Wi-Fi أو بيانات الهاتف)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check that you are online and, under Advanced, the server address, then try again.</source>
        <comment>@info</comment>
        <translation>تعذّر الوصول إلى الخادم. تأكد أنك متصل بالإنترنت، وتحقق من عنوان الخادم في «متقدم»، ثم حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>محاولات كثيرة جدًا. انتظر قليلًا، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر دقيقة واحدة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر دقيقتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقائق، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n دقيقة، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>محاولات كثيرة جدًا. انتظر قليلًا، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر ثانية واحدة، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر ثانيتين، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثوانٍ، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code did not work. Check each letter and number. A code works once and only for a few days: if it still does not work, ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>هذا الرمز لم يعمل. تحقق من كل حرف ورقم. الرمز يعمل مرة واحدة ولبضعة أيام فقط: إذا ظل لا يعمل، اطلب من مرشدك رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>That e-mail or password is not right. Check them and try again.</source>
        <comment>@info</comment>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server did not let this device sign in. Ask your leaving-care service to check your account.</source>
        <comment>@info</comment>
        <translation>لم يسمح الخادم لهذا الجهاز بتسجيل الدخول. اطلب من خدمة دعم مغادري الرعاية أن تتحقق من حسابك.</translation>
    </message>
    <message>
        <source>This account cannot use the app. Use a PA&apos;s or a manager&apos;s account.</source>
        <comment>@info</comment>
        <translation>هذا الحساب لا يمكنه استخدام التطبيق. استخدم حساب مرشد أو مدير.</translation>
    </message>
    <message>
        <source>Signing in did not work: the server had a problem. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>لم ينجح تسجيل الدخول: حدثت مشكلة في الخادم. حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignOffController</name>
    <message>
        <source>someone</source>
        <comment>@info person</comment>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Held %1, recorded by %2</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the PA&apos;s name</extracomment>
        <translation>عُقدت في %1، سجّلها %2</translation>
    </message>
    <message>
        <source>Who took part was not recorded.</source>
        <comment>@info</comment>
        <translation>لم يُسجَّل من شارك.</translation>
    </message>
    <message>
        <source>Took part: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the people who took part, as the PA wrote them</extracomment>
        <translation>شارك: %1</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>شارك الشاب</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>لم يشارك الشاب</translation>
    </message>
    <message>
        <source>A later review was held on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>عُقدت مراجعة لاحقة في %1.</translation>
    </message>
    <message>
        <source>The next review was due by %1 and is overdue: the PA records it when it is held.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>كانت المراجعة القادمة مطلوبة قبل %1 وهي متأخرة: يسجّلها المرشد عند عقدها.</translation>
    </message>
    <message>
        <source>Next review by %1</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>المراجعة القادمة قبل %1</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <comment>@info</comment>
        <translation>لم تُعتمد بعد</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <comment>@info</comment>
        <extracomment>%1 the manager&apos;s name, %2 a date</extracomment>
        <translation>اعتمدها %1 في %2</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>تم اعتماد المراجعة.</translation>
    </message>
</context>
<context>
    <name>Pathway::SyncStatus</name>
    <message>
        <source>On this device only</source>
        <comment>@info:status</comment>
        <extracomment>Demo mode: nothing is sent anywhere</extracomment>
        <translation>على هذا الجهاز فقط</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>@info:status</comment>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a percentage, e.g. 40</extracomment>
        <translation>جارٍ المزامنة %1%</translation>
    </message>
    <message>
        <source>Sync failed, will retry</source>
        <comment>@info:status</comment>
        <translation>فشلت المزامنة، ستتم إعادة المحاولة</translation>
    </message>
    <message>
        <source>Signed out: sign in to send</source>
        <comment>@info:status</comment>
        <translation>تم تسجيل الخروج: سجّل الدخول للإرسال</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>@info:status</comment>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a time or date, e.g. 14:05</extracomment>
        <translation>تمت المزامنة %1</translation>
    </message>
    <message>
        <source>All saved</source>
        <comment>@info:status</comment>
        <translation>كل شيء محفوظ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>لا تغييرات بانتظار الإرسال</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>تغييران بانتظار الإرسال</numerusform>
            <numerusform>%n تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%n تغييراً بانتظار الإرسال</numerusform>
            <numerusform>%n تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد يحتاجك</numerusform>
            <numerusform>تعارضان يحتاجانك</numerusform>
            <numerusform>%n تعارضات تحتاجك</numerusform>
            <numerusform>%n تعارضاً يحتاجك</numerusform>
            <numerusform>%n تعارض يحتاجك</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n change(s) not accepted</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>لا توجد تغييرات مرفوضة</numerusform>
            <numerusform>تغيير واحد لم يُقبل</numerusform>
            <numerusform>تغييران لم يُقبلا</numerusform>
            <numerusform>%n تغييرات لم تُقبل</numerusform>
            <numerusform>%n تغييرًا لم يُقبل</numerusform>
            <numerusform>%n تغيير لم يُقبل</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2. %3. %4.</source>
        <comment>@info:status</comment>
        <extracomment>Sync indicator read by a screen reader: %1 state, %2 changes waiting, %3 conflicts, %4 refused changes</extracomment>
        <translation>%1. %2. %3. %4.</translation>
    </message>
</context>
<context>
    <name>Pathway::TeamController</name>
    <message>
        <source>No PA allocated</source>
        <comment>@label figure</comment>
        <translation>بدون مرشد</translation>
    </message>
    <message>
        <source>Contact lost (6 months or more)</source>
        <comment>@label figure</comment>
        <translation>انقطع التواصل (6 أشهر أو أكثر)</translation>
    </message>
    <message>
        <source>No contact for 12 weeks or more</source>
        <comment>@label figure</comment>
        <translation>لا تواصل منذ 12 أسبوعًا أو أكثر</translation>
    </message>
    <message>
        <source>Contact overdue (8 weeks)</source>
        <comment>@label figure</comment>
        <translation>التواصل متأخر (8 أسابيع)</translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@label figure</comment>
        <translation>موعد التواصل قريب</translation>
    </message>
    <message>
        <source>Plan reviews overdue</source>
        <comment>@label figure</comment>
        <translation>مراجعات خطط متأخرة</translation>
    </message>
    <message>
        <source>Health history not handed over at 18</source>
        <comment>@label figure</comment>
        <translation>لم يُسلَّم السجل الصحي عند 18</translation>
    </message>
    <message>
        <source>Missing ID documents</source>
        <comment>@label figure</comment>
        <translation>مستندات هوية ناقصة</translation>
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
        <translation>بدون مرشد</translation>
    </message>
    <message>
        <source>%1, PA: %2</source>
        <comment>@info</comment>
        <translation>%1، المرشد: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info caseload size</comment>
        <translation>
            <numerusform>لا يوجد شباب</numerusform>
            <numerusform>شاب واحد</numerusform>
            <numerusform>شابان</numerusform>
            <numerusform>%n شباب</numerusform>
            <numerusform>%n شابًا</numerusform>
            <numerusform>%n شاب</numerusform>
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
        <translation>عُقدت في %1</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>شارك الشاب</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>لم يشارك الشاب</translation>
    </message>
    <message>
        <source>%1. %2. PA: %3</source>
        <comment>@info</comment>
        <translation>%1. %2. المرشد: %3</translation>
    </message>
    <message>
        <source>Choose a young person and a PA.</source>
        <comment>@info</comment>
        <translation>اختر شابًا ومرشدًا.</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s PA.</source>
        <comment>@info</comment>
        <translation>%1 هو مرشد %2 من قبل.</translation>
    </message>
    <message>
        <source>The allocation could not be saved.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ التعيين.</translation>
    </message>
    <message>
        <source>%1 is now %2&apos;s PA.</source>
        <comment>@info</comment>
        <extracomment>%1 PA, %2 young person</extracomment>
        <translation>%1 هو الآن مرشد %2.</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>تم اعتماد المراجعة.</translation>
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ الاعتماد.</translation>
    </message>
    <message>
        <source>%1 became %2&apos;s PA today. Another PA can be allocated from tomorrow.</source>
        <comment>@info</comment>
        <extracomment>%1 the current PA, %2 young person</extracomment>
        <translation>أصبح %1 مرشد %2 اليوم. يمكن تعيين مرشد آخر ابتداءً من الغد.</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>@info</comment>
        <translation>شخص ما</translation>
    </message>
</context>
<context>
    <name>Pathway::YoungPersonController</name>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>العمر %1، %2</translation>
    </message>
    <message>
        <source>No PA yet</source>
        <comment>@info</comment>
        <translation>لا يوجد مرشد بعد</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>@info last contact</comment>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <comment>@info</comment>
        <translation>لا شيء لفعله الآن</translation>
    </message>
    <message>
        <source>Late: was due %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>متأخر: كان موعده %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <comment>@info</comment>
        <translation>قبل %1</translation>
    </message>
    <message>
        <source>No review yet</source>
        <comment>@info</comment>
        <translation>لا توجد مراجعة بعد</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>المراجعة القادمة %1</translation>
    </message>
    <message>
        <source>Some of that is missing or too long. Check and try again.</source>
        <comment>@info</comment>
        <translation>بعض المعلومات ناقصة أو طويلة جدًا. تحقّق وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That could not be saved on this device.</source>
        <comment>@info</comment>
        <translation>تعذّر حفظ ذلك على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Well done! Step marked as done.</source>
        <comment>@info</comment>
        <translation>أحسنت! تم تعليم الخطوة كمنجزة.</translation>
    </message>
    <message>
        <source>Your words are saved.</source>
        <comment>@info</comment>
        <translation>تم حفظ كلماتك.</translation>
    </message>
    <message>
        <source>Plan updated.</source>
        <comment>@info</comment>
        <translation>تم تحديث الخطة.</translation>
    </message>
    <message>
        <source>Step added.</source>
        <comment>@info</comment>
        <translation>تمت إضافة الخطوة.</translation>
    </message>
    <message>
        <source>You asked for a review. Your PA will arrange it.</source>
        <comment>@info</comment>
        <translation>طلبت مراجعة. سيرتّبها مرشدك.</translation>
    </message>
    <message>
        <source>Added to your health history.</source>
        <comment>@info</comment>
        <translation>تمت الإضافة إلى سجلك الصحي.</translation>
    </message>
    <message>
        <source>Your PA will help you with this.</source>
        <comment>@info</comment>
        <translation>سيساعدك مرشدك في هذا.</translation>
    </message>
    <message>
        <source>You asked for it. Your PA will tell you what happens next.</source>
        <comment>@info</comment>
        <translation>طلبته. سيخبرك مرشدك بما سيحدث بعد ذلك.</translation>
    </message>
    <message>
        <source>Your PA will contact you as soon as possible.</source>
        <comment>@info</comment>
        <translation type="vanished">سيتواصل معك مرشدك في أقرب وقت ممكن.</translation>
    </message>
    <message>
        <source>Your PA will get in touch soon.</source>
        <comment>@info</comment>
        <translation type="vanished">سيتواصل معك مرشدك قريبًا.</translation>
    </message>
    <message>
        <source>Your role cannot change this. Ask your manager.</source>
        <comment>@info</comment>
        <translation>دورك لا يسمح بتغيير هذا. اسأل مديرك.</translation>
    </message>
    <message>
        <source>Only your PA can change this. Ask them on the Talk page.</source>
        <comment>@info</comment>
        <translation>فقط مرشدك يمكنه تغيير هذا. اسأله في صفحة «تحدث مع مرشدي».</translation>
    </message>
    <message>
        <source>Your idea for a step is saved. Your PA will see it and agree it with you.</source>
        <comment>@info</comment>
        <translation>تم حفظ فكرتك لخطوة. سيراها مرشدك ويتفق عليها معك.</translation>
    </message>
    <message>
        <source>Step accepted. It is now part of the plan.</source>
        <comment>@info</comment>
        <translation>تم قبول الخطوة. صارت الآن جزءًا من الخطة.</translation>
    </message>
    <message>
        <source>Step declined. Tell them why when you next talk.</source>
        <comment>@info</comment>
        <translation>تم رفض الخطوة. أخبره بالسبب عندما تتحدثان في المرة القادمة.</translation>
    </message>
    <message>
        <source>That date is not a real date. Choose it from the calendar.</source>
        <comment>@info</comment>
        <translation>هذا ليس تاريخًا صحيحًا. اختره من التقويم.</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will contact you as soon as possible.</source>
        <comment>@info</comment>
        <translation>تم الحفظ. سيصل إلى مرشدك عندما تكون متصلًا بالإنترنت، وسيتواصل معك في أقرب وقت ممكن.</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will get in touch soon.</source>
        <comment>@info</comment>
        <translation>تم الحفظ. سيصل إلى مرشدك عندما تكون متصلًا بالإنترنت، وسيتواصل معك قريبًا.</translation>
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
        <translation>الأداء</translation>
    </message>
    <message>
        <source>Show the figures of</source>
        <comment>@label:listbox</comment>
        <translation>اعرض أرقام</translation>
    </message>
    <message>
        <source>Show the figures of: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 the team or the PA whose figures are shown</extracomment>
        <translation>اعرض أرقام: %1</translation>
    </message>
    <message>
        <source>Each figure month by month over the last 12 months. Choose a month, or a point on a chart, to see the young people behind it.</source>
        <comment>@info</comment>
        <translation>كل رقم شهرًا بشهر خلال آخر 12 شهرًا. اختر شهرًا، أو نقطة على رسم بياني، لترى الشباب الذين يمثّلهم هذا الرقم.</translation>
    </message>
    <message>
        <source>Nobody is in this group in this month.</source>
        <comment>@info</comment>
        <translation>لا أحد في هذه المجموعة في هذا الشهر.</translation>
    </message>
    <message>
        <source>Close the list</source>
        <comment>@action:button</comment>
        <translation>أغلق القائمة</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>خطتي</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Ask for a review</source>
        <comment>@action:button</comment>
        <translation>اطلب مراجعة</translation>
    </message>
    <message>
        <source>Ask for a review of my plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">اطلب مراجعة لخطتي</translation>
    </message>
    <message>
        <source>In my words: %1</source>
        <comment>@info</comment>
        <translation>بكلماتي: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@info</comment>
        <extracomment>A plan step: %1 who and when, %2 status</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Add my words</source>
        <comment>@action:button</comment>
        <translation>أضف كلماتي</translation>
    </message>
    <message>
        <source>Add my words to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">أضف كلماتي إلى %1</translation>
    </message>
    <message>
        <source>Update with them</source>
        <comment>@action:button</comment>
        <translation>حدّث معه</translation>
    </message>
    <message>
        <source>Update %1 with the young person</source>
        <comment>@action:button</comment>
        <translation type="vanished">حدّث %1 مع الشاب</translation>
    </message>
    <message>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>أضف خطوة</translation>
    </message>
    <message>
        <source>Add a step to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">أضف خطوة إلى %1</translation>
    </message>
    <message>
        <source>What do you think? What do you want?</source>
        <comment>@info:placeholder</comment>
        <translation>ما رأيك؟ ماذا تريد؟</translation>
    </message>
    <message>
        <source>My words</source>
        <comment>@label:textbox</comment>
        <translation>كلماتي</translation>
    </message>
    <message>
        <source>Goal, in plain words</source>
        <comment>@label:textbox</comment>
        <translation>الهدف، بكلمات بسيطة</translation>
    </message>
    <message>
        <source>Their own words</source>
        <comment>@label:textbox</comment>
        <translation>كلماته هو</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>شارك الشاب</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@info:placeholder</comment>
        <translation>ما الذي سيُفعل</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@label:textbox</comment>
        <translation>ما الذي سيُفعل</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@info:placeholder</comment>
        <translation>من سيفعله</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@label:textbox</comment>
        <translation>من سيفعله</translation>
    </message>
    <message>
        <source>Within a week</source>
        <comment>@item:inlistbox</comment>
        <translation>خلال أسبوع</translation>
    </message>
    <message>
        <source>Within a month</source>
        <comment>@item:inlistbox</comment>
        <translation>خلال شهر</translation>
    </message>
    <message>
        <source>Within three months</source>
        <comment>@item:inlistbox</comment>
        <translation>خلال ثلاثة أشهر</translation>
    </message>
    <message>
        <source>No date</source>
        <comment>@item:inlistbox</comment>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>By when</source>
        <comment>@label:listbox</comment>
        <translation>قبل متى</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step for a screen reader: what, who and when, status</extracomment>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>Record a review</source>
        <comment>@action:button</comment>
        <translation>سجّل مراجعة</translation>
    </message>
    <message>
        <source>Record a review held with %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">سجّل مراجعة عُقدت مع %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>@action:button a proposed plan step</comment>
        <translation>اقبل</translation>
    </message>
    <message>
        <source>Accept the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">اقبل الخطوة المقترحة: %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>@action:button a proposed plan step</comment>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>Decline the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">ارفض الخطوة المقترحة: %1</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <comment>@action:button</comment>
        <extracomment>Read aloud one area of the plan; %1 the area</extracomment>
        <translation type="vanished">اقرأ بصوت عالٍ: %1</translation>
    </message>
    <message>
        <source>Update with them: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a plan area&apos;s heading; holds the button&apos;s words &quot;Update with them&quot;</extracomment>
        <translation type="vanished">حدّث معه: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>%1. PA: %2. Last contact: %3</source>
        <comment>@info</comment>
        <extracomment>%1 age and category, %2 PA name, %3 when last contacted</extracomment>
        <translation>%1. المرشد: %2. آخر تواصل: %3</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>سجّل زيارة الآن</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">سجّل زيارة مع %1 الآن</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@title:tab</comment>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@title:tab</comment>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@title:tab</comment>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>@title:tab</comment>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@title:tab</comment>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Chronology</source>
        <comment>@title:tab</comment>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Amend a contact</source>
        <comment>@title:window</comment>
        <translation>عدّل تواصلًا</translation>
    </message>
    <message>
        <source>The original stays on the record; this adds an amendment.</source>
        <comment>@info</comment>
        <translation>يبقى الأصل في السجل؛ هذا يضيف تعديلًا.</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@info:placeholder</comment>
        <translation>الملاحظات المصحّحة</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@label:textbox</comment>
        <translation>الملاحظات المصحّحة</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>تحدّثنا (تواصل ناجح)</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@info:placeholder</comment>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@label:textbox</comment>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <source>Log an earlier contact</source>
        <comment>@action:button</comment>
        <translation>سجّل تواصلًا سابقًا</translation>
    </message>
    <message>
        <source>Log an earlier contact with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">سجّل تواصلًا سابقًا مع %1</translation>
    </message>
    <message>
        <source>Set up their phone</source>
        <comment>@action:button</comment>
        <translation>أعدّ هاتفه</translation>
    </message>
    <message>
        <source>Set up their phone: a code for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation type="vanished">أعدّ هاتفه: رمز لـ %1</translation>
    </message>
    <message>
        <source>Situation</source>
        <comment>@title:tab</comment>
        <extracomment>The tab with activity, accommodation, in touch, gender, ethnicity and disability</extracomment>
        <translation>الوضع</translation>
    </message>
</context>
<context>
    <name>RejectedPage</name>
    <message>
        <source>Not accepted</source>
        <comment>@title:page</comment>
        <translation>لم يُقبل</translation>
    </message>
    <message>
        <source>Undo my change</source>
        <comment>@action:button a refused change</comment>
        <translation>تراجع عن تغييري</translation>
    </message>
    <message>
        <source>Undo my change: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">تراجع عن تغييري: %1</translation>
    </message>
    <message>
        <source>Every change was accepted.</source>
        <comment>@info</comment>
        <translation>تم قبول كل التغييرات.</translation>
    </message>
    <message>
        <source>If the service cannot accept a change you make, it appears here with the reason and what to do.</source>
        <comment>@info</comment>
        <translation>إذا لم تستطع الخدمة قبول تغيير قمت به، يظهر هنا مع السبب وما عليك فعله.</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Log the contact</source>
        <comment>@action:button</comment>
        <translation>سجّل التواصل</translation>
    </message>
    <message>
        <source>Log the contact: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 &quot;Asked to talk today&quot; and when</extracomment>
        <translation type="vanished">سجّل التواصل: %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@action:button</comment>
        <translation>ردّ</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ردّ: %1</translation>
    </message>
    <message>
        <source>Log the contact that answers it</source>
        <comment>@title:window</comment>
        <translation>سجّل التواصل الذي يجيب عنه</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@info:placeholder</comment>
        <translation>ما تحدثتما عنه (للموظفين فقط)</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@label:textbox</comment>
        <translation>ما تحدثتما عنه (للموظفين فقط)</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@title:window</comment>
        <translation>ردّ</translation>
    </message>
    <message>
        <source>The young person reads your reply in the app. It answers the request.</source>
        <comment>@info</comment>
        <translation>يقرأ الشاب ردّك في التطبيق. ردّك يجيب عن الطلب.</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@info:placeholder</comment>
        <translation>ردّك</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@label:textbox</comment>
        <translation>ردّك</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>@action:button</comment>
        <translation>إرسال الرد</translation>
    </message>
</context>
<context>
    <name>ReviewEditPage</name>
    <message>
        <source>Record a review</source>
        <comment>@title:page</comment>
        <translation>سجّل مراجعة</translation>
    </message>
    <message>
        <source>Plan review with %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>مراجعة خطة %1</translation>
    </message>
    <message>
        <source>Held on</source>
        <comment>@label</comment>
        <translation>عُقدت في</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>@label</comment>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Who took part</source>
        <comment>@label:textbox</comment>
        <translation>من شارك</translation>
    </message>
    <message>
        <source>Names and roles</source>
        <comment>@info:placeholder</comment>
        <translation>الأسماء والأدوار</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>شارك الشاب</translation>
    </message>
    <message>
        <source>Their views, in their words</source>
        <comment>@label:textbox</comment>
        <translation>آراؤه، بكلماته</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <comment>@label:textbox</comment>
        <translation>ما تم الاتفاق عليه</translation>
    </message>
    <message>
        <source>Next review by</source>
        <comment>@label</comment>
        <translation>المراجعة القادمة قبل</translation>
    </message>
    <message>
        <source>Save the review</source>
        <comment>@action:button</comment>
        <translation>احفظ المراجعة</translation>
    </message>
</context>
<context>
    <name>ReviewSignOffPage</name>
    <message>
        <source>Sign off a review</source>
        <comment>@title:page</comment>
        <translation>اعتماد مراجعة</translation>
    </message>
    <message>
        <source>Review of %1&apos;s plan</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>مراجعة خطة %1</translation>
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
        <translation>آراؤه: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <comment>@title</comment>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Read the review and the plan above before you sign it off.</source>
        <comment>@info</comment>
        <translation>اقرأ المراجعة والخطة في الأعلى قبل أن تعتمدها.</translation>
    </message>
    <message>
        <source>Sign off this review</source>
        <comment>@action:button</comment>
        <translation>اعتمد هذه المراجعة</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">اعتمد مراجعة %1</translation>
    </message>
    <message>
        <source>Sign off this review?</source>
        <comment>@title:window</comment>
        <translation>اعتماد هذه المراجعة؟</translation>
    </message>
    <message>
        <source>You confirm that you have read %1&apos;s review and plan, and that the plan meets their needs.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>أنت تؤكد أنك قرأت مراجعة %1 وخطته، وأن الخطة تلبّي احتياجاته.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>مراجعات الخطط للاعتماد</translation>
    </message>
    <message>
        <source>No reviews are waiting for sign-off.</source>
        <comment>@info</comment>
        <translation>لا توجد مراجعات تنتظر الاعتماد.</translation>
    </message>
    <message>
        <source>Reviews appear here when a PA records one.</source>
        <comment>@info</comment>
        <translation>تظهر المراجعات هنا عندما يسجّلها المرشد.</translation>
    </message>
    <message>
        <source>Read and sign off</source>
        <comment>@action:button</comment>
        <translation>اقرأ واعتمد</translation>
    </message>
    <message>
        <source>Read and sign off the review of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">اقرأ واعتمد مراجعة %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@title</comment>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Text is %1% of normal size.</source>
        <comment>@info</comment>
        <extracomment>%1 is a percentage, e.g. 150</extracomment>
        <translation>النص بحجم %1% من الحجم العادي.</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <comment>@option:check</comment>
        <translation>المظهر الداكن</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>@title</comment>
        <translation>القفل</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use:</source>
        <comment>@label:spinbox</comment>
        <translation>اقفل بعد هذا العدد من الدقائق بدون استخدام:</translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <comment>@label:spinbox</comment>
        <translation>الدقائق قبل القفل</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>اقفل الآن</translation>
    </message>
</context>
<context>
    <name>SetupAdvanced</name>
    <message>
        <source>Hide advanced settings</source>
        <comment>@action:button</comment>
        <translation>أخفِ الإعدادات المتقدمة</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>@action:button</comment>
        <translation>متقدم</translation>
    </message>
    <message>
        <source>This app connects to %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a web address, e.g. https://pathway.northbrook.gov.uk</extracomment>
        <translation>هذا التطبيق يتصل بـ %1.</translation>
    </message>
    <message>
        <source>Another server address (only if your council gave you one)</source>
        <comment>@label:textbox</comment>
        <translation>عنوان خادم آخر (فقط إذا أعطاك مجلسك عنوانًا)</translation>
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
        <translation>مرحباً بك في باثواي</translation>
    </message>
    <message>
        <source>Your plan, your documents and your PA, on your phone. It works without internet.</source>
        <comment>@info</comment>
        <translation>خطتك ومستنداتك ومرشدك على هاتفك. يعمل بدون إنترنت.</translation>
    </message>
    <message>
        <source>I have a code from my PA</source>
        <comment>@action:button</comment>
        <translation>لدي رمز من مرشدي</translation>
    </message>
    <message>
        <source>I work for the council: sign in</source>
        <comment>@action:button</comment>
        <translation>أعمل في المجلس: تسجيل الدخول</translation>
    </message>
    <message>
        <source>Try the demo (no server needed)</source>
        <comment>@action:button</comment>
        <translation>جرّب النسخة التجريبية (بدون خادم)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@title</comment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Enter your code</source>
        <comment>@title</comment>
        <translation>أدخل رمزك</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>البريد الإلكتروني للعمل</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>الرمز من مرشدك</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Try the demo as…</source>
        <comment>@title</comment>
        <translation>جرّب النسخة التجريبية بصفة…</translation>
    </message>
    <message>
        <source>The demo uses made-up people. It is saved, encrypted, on this device only.</source>
        <comment>@info</comment>
        <translation>النسخة التجريبية تستخدم أشخاصًا غير حقيقيين. تُحفظ مشفّرة على هذا الجهاز فقط.</translation>
    </message>
    <message>
        <source>A young person</source>
        <comment>@action:button</comment>
        <translation>شاب أو شابة</translation>
    </message>
    <message>
        <source>A personal adviser (PA)</source>
        <comment>@action:button</comment>
        <translation>مرشد شخصي (PA)</translation>
    </message>
    <message>
        <source>A manager</source>
        <comment>@action:button</comment>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Choose a passphrase or PIN</source>
        <comment>@title</comment>
        <translation>اختر عبارة مرور أو رقماً سرياً</translation>
    </message>
    <message>
        <source>You will need it each time you open Pathway. It keeps your information safe if you lose your phone.</source>
        <comment>@info</comment>
        <translation>ستحتاجه في كل مرة تفتح فيها باثواي. يحمي معلوماتك إذا أضعت هاتفك.</translation>
    </message>
    <message>
        <source>Use a PIN (numbers only)</source>
        <comment>@option:check</comment>
        <translation>استخدم رقمًا سريًا (أرقام فقط)</translation>
    </message>
    <message>
        <source>PIN</source>
        <comment>@info:placeholder</comment>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@info:placeholder</comment>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>New passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>عبارة مرور أو رقم سري جديد</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@info:placeholder</comment>
        <translation>اكتبه مرة أخرى</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation>اكتبه مرة أخرى</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <comment>@action:button</comment>
        <translation>احفظ وتابع</translation>
    </message>
    <message>
        <source>Getting your information</source>
        <comment>@title</comment>
        <translation>جارٍ جلب معلوماتك</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <comment>@info</comment>
        <translation>تقدّم المزامنة الأولى</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Try the first sync again</source>
        <comment>@action:button</comment>
        <translation type="vanished">جرّب المزامنة الأولى مرة أخرى</translation>
    </message>
    <message>
        <source>Continue without it</source>
        <comment>@action:button</comment>
        <translation>تابع بدونها</translation>
    </message>
    <message>
        <source>Continue without the first sync</source>
        <comment>@action:button</comment>
        <translation type="vanished">تابع بدون المزامنة الأولى</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation type="vanished">رجوع</translation>
    </message>
    <message>
        <source>Your PA gives you a code like 7KQ4-M2XD. If they show you a QR code instead, scan it with your phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>يعطيك مرشدك رمزًا مثل 7KQ4-M2XD. إذا أراك رمز QR بدلًا من ذلك، امسحه بكاميرا هاتفك.</translation>
    </message>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or to send you the link.</source>
        <comment>@info</comment>
        <translation>هذا التطبيق لا يعرف خادم مجلسك بعد. اطلب من مرشدك أن يريك رمز QR لهاتفك، وامسحه بالكاميرا، أو أن يرسل لك الرابط.</translation>
    </message>
    <message>
        <source>Tries the first sync again</source>
        <comment>@info:accessible</comment>
        <translation>يعيد محاولة المزامنة الأولى</translation>
    </message>
    <message>
        <source>Continues without the first sync</source>
        <comment>@info:accessible</comment>
        <translation>يتابع دون المزامنة الأولى</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>%1 Back</source>
        <comment>@action:button</comment>
        <extracomment>Arrow pointing back (mirrored in right-to-left languages), then the word</extracomment>
        <translation>%1 رجوع</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Signed in as %1</source>
        <comment>@info</comment>
        <translation>مسجل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>اقفل الآن</translation>
    </message>
</context>
<context>
    <name>SignInAgainBanner</name>
    <message numerus="yes">
        <source>Your sign-in has expired. Your changes are kept on this device: %n waiting to go up.</source>
        <comment>@info</comment>
        <extracomment>Banner on every page when the login has expired; %n is the number of changes not yet sent</extracomment>
        <translation>
            <numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: لا شيء بانتظار الإرسال.</numerusform>
            <numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: تغيير واحد بانتظار الإرسال.</numerusform>
            <numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: تغييران بانتظار الإرسال.</numerusform>
            <numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: %n تغييرات بانتظار الإرسال.</numerusform>
            <numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: %n تغييرًا بانتظار الإرسال.</numerusform>
            <numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: %n تغيير بانتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <comment>@action:button</comment>
        <translation>سجّل الدخول مجددًا</translation>
    </message>
</context>
<context>
    <name>SignInAgainSheet</name>
    <message>
        <source>Sign in again</source>
        <comment>@title</comment>
        <translation>تسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Ask your PA for a new code and type it here. Everything you did while signed out is kept on this phone and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>اطلب من مرشدك رمزًا جديدًا واكتبه هنا. كل ما فعلته بعد انتهاء تسجيل الدخول محفوظ على هذا الهاتف، ويُرسل بعد أن تسجّل الدخول.</translation>
    </message>
    <message>
        <source>Type the password for this account. Everything you did while signed out is kept on this device and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>اكتب كلمة المرور لهذا الحساب. كل ما فعلته بعد انتهاء تسجيل الدخول محفوظ على هذا الجهاز، ويُرسل بعد أن تسجّل الدخول.</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>البريد الإلكتروني للعمل</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The new code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>الرمز الجديد من مرشدك</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>@action:button</comment>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Not now, keep working on this device</source>
        <comment>@action:button</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation type="vanished">ليس الآن، تابع العمل على هذا الجهاز</translation>
    </message>
    <message>
        <source>Closes this and keeps working on this device</source>
        <comment>@info:accessible</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation>يغلق هذا ويواصل العمل على هذا الجهاز</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>زامن الآن</translation>
    </message>
</context>
<context>
    <name>TalkPage</name>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <translation>تحدث مع مرشدي</translation>
    </message>
    <message>
        <source>My PA: %1</source>
        <comment>@title</comment>
        <extracomment>%1 is the PA&apos;s name</extracomment>
        <translation>مرشدي: %1</translation>
    </message>
    <message>
        <source>What do you want to talk about? (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>عن ماذا تريد أن تتحدث؟ (اختياري)</translation>
    </message>
    <message>
        <source>Message to my PA</source>
        <comment>@label:textbox</comment>
        <translation>رسالة إلى مرشدي</translation>
    </message>
    <message>
        <source>I need to talk today</source>
        <comment>@action:button</comment>
        <translation>أحتاج أن أتحدث اليوم</translation>
    </message>
    <message>
        <source>Talk when you can</source>
        <comment>@action:button</comment>
        <translation>تحدث معي عندما تستطيع</translation>
    </message>
    <message>
        <source>Our contact</source>
        <comment>@title</comment>
        <translation>تواصلنا</translation>
    </message>
    <message>
        <source>I need to talk today: ask my PA to contact me urgently</source>
        <comment>@action:button</comment>
        <translation type="vanished">أحتاج أن أتحدث اليوم: اطلب من مرشدي أن يتواصل معي بسرعة</translation>
    </message>
    <message>
        <source>Talk when you can: ask my PA to contact me when convenient</source>
        <comment>@action:button</comment>
        <translation type="vanished">تحدث معي عندما تستطيع: اطلب من مرشدي أن يتواصل معي في وقت مناسب</translation>
    </message>
    <message>
        <source>My requests</source>
        <comment>@title</comment>
        <translation>طلباتي</translation>
    </message>
    <message>
        <source>Asks my PA to contact me urgently</source>
        <comment>@info:accessible</comment>
        <translation>يطلب من مرشدي أن يتواصل معي بشكل عاجل</translation>
    </message>
    <message>
        <source>Asks my PA to contact me when convenient</source>
        <comment>@info:accessible</comment>
        <translation>يطلب من مرشدي أن يتواصل معي عندما يناسبه</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>نظرة على الفريق</translation>
    </message>
    <message>
        <source>Who needs attention</source>
        <comment>@title</comment>
        <translation>من يحتاج إلى اهتمام</translation>
    </message>
    <message>
        <source>PA: %1</source>
        <comment>@info</comment>
        <translation>المرشد: %1</translation>
    </message>
    <message>
        <source>Choose a figure to see who it is about.</source>
        <comment>@info</comment>
        <translation>اختر رقمًا لترى من يخصّه.</translation>
    </message>
    <message>
        <source>Nobody is in this group right now.</source>
        <comment>@info</comment>
        <translation>لا أحد في هذه المجموعة الآن.</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3)</source>
        <comment>@title</comment>
        <translation>تقرير SSDA903 عن مغادري الرعاية (OC3)</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3), %1</source>
        <comment>@info</comment>
        <translation>تقرير SSDA903 عن مغادري الرعاية (OC3)، %1</translation>
    </message>
    <message>
        <source>Save the OC3 file</source>
        <comment>@action:button</comment>
        <translation>احفظ ملف OC3</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9)</source>
        <comment>@title</comment>
        <translation>Ofsted، الملحق A: مغادرو الرعاية (القائمة 9)</translation>
    </message>
    <message>
        <source>Every care leaver on the day, with the columns inspectors ask for</source>
        <comment>@info</comment>
        <translation>كل مغادري الرعاية في ذلك اليوم، مع الأعمدة التي يطلبها المفتشون</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9), as of %1</source>
        <comment>@info</comment>
        <extracomment>%1 the day the list is for</extracomment>
        <translation>Ofsted، الملحق A: مغادرو الرعاية (القائمة 9)، في %1</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>@label</comment>
        <extracomment>The day Ofsted&apos;s Annex A list is taken on</extracomment>
        <translation>في يوم</translation>
    </message>
    <message>
        <source>Save Annex A (Excel)</source>
        <comment>@action:button</comment>
        <extracomment>Saves the list as an Excel workbook (.xlsx)</extracomment>
        <translation>احفظ الملحق A (Excel)</translation>
    </message>
    <message>
        <source>Save Annex A (CSV)</source>
        <comment>@action:button</comment>
        <translation>احفظ الملحق A (CSV)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Pathway is locked</source>
        <comment>@title</comment>
        <translation>باثواي مقفل</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN to open it.</source>
        <comment>@info</comment>
        <translation>أدخل عبارة المرور أو الرقم السري لفتحه.</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>عبارة المرور أو الرقم السري</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <comment>@info</comment>
        <extracomment>Shown after several wrong tries</extracomment>
        <translation>
            <numerusform>يمكنك المحاولة الآن.</numerusform>
            <numerusform>يمكنك المحاولة بعد ثانية.</numerusform>
            <numerusform>يمكنك المحاولة بعد ثانيتين.</numerusform>
            <numerusform>يمكنك المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>يمكنك المحاولة بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>افتح</translation>
    </message>
</context>
</TS>
