<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a PA for %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No young people in the team yet.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Young people appear here after a sync with the server.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PA name (caseload size)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PA for %1</source>
        <comment>@title:window</comment>
        <translation type="unfinished" />
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
        <translation>صفحات أخرى</translation>
    </message>
</context>
<context>
    <name>CaseloadList</name>
    <message>
        <source>%1, %2</source>
        <comment>@info alert, and more</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · PA: %2</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>سجّل زيارة الآن</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>افتح السجل</translation>
    </message>
    <message>
        <source>Open the record of %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No young people in this caseload.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A manager allocates young people to PAs. Sync to get new allocations.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChronologyView</name>
    <message>
        <source>No events yet.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moves, contacts, reviews and documents appear here as they are recorded.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the server</source>
        <comment>@title</comment>
        <translation>من الخادم</translation>
    </message>
    <message>
        <source>Keep the text from the server</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflicts.</source>
        <comment>@info</comment>
        <translation>لا توجد تعارضات.</translation>
    </message>
    <message>
        <source>If the same text is changed on two devices, both versions appear here for you to choose.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>%1 (amended)</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend contact: %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts appear here once they are logged.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask my PA for help</source>
        <comment>@action:button</comment>
        <translation>اطلب المساعدة من مرشدي</translation>
    </message>
    <message>
        <source>Ask my PA for help with %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No documents on the checklist yet.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your PA will add the documents you need.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add appointments and notes with the buttons above.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New appointment</source>
        <comment>@title:window</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New note</source>
        <comment>@title:window</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is it?</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is it?</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More details (optional)</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More details</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
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
        <extracomment>Greeting; %1 is the young person's name</extracomment>
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
        <extracomment>%1 is e.g. "3 weeks ago"</extracomment>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>School, college, university or training</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobs, apprenticeships and things I do</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens if my plan stops working</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My home, and if it is right for me</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People who matter to me</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cooking, shopping, bills and other skills</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My money and the help I can get</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My body and my mind</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My culture, faith and language</source>
        <comment>@info plan area</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family health</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Growing up</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vaccination</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergy</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medicine</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Illness</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dentist check</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eye test</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feelings and mental health</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My GP</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My dentist</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My optician</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Using the NHS</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointment</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <comment>@info health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National Insurance number</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth certificate</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provisional driving licence</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank account</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eVisa (UKVI account)</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Care leaver letter</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GP registration and NHS number</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health summary</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Junior ISA</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered to vote</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Universal Credit (as a care leaver)</source>
        <comment>@info document</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not asked for yet</source>
        <comment>@info:status offer</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked for</source>
        <comment>@info:status offer</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claimed</source>
        <comment>@info:status offer</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Got it</source>
        <comment>@info:status offer</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not for me</source>
        <comment>@info:status offer</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Said no thanks</source>
        <comment>@info:status offer</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text message</source>
        <comment>@info contact</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <comment>@info contact</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop-in</source>
        <comment>@info contact</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tried to reach</source>
        <comment>@info contact</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligible</source>
        <comment>@info care leaver category</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relevant</source>
        <comment>@info care leaver category</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Former relevant</source>
        <comment>@info care leaver category</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualifying</source>
        <comment>@info care leaver category</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a care leaver</source>
        <comment>@info care leaver category</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved home</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started education</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left education</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started work</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left work</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Went into custody</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left custody</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Became a parent</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left care</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asylum decision</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked for a plan review</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other event</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PA allocated</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PA allocation ended</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tried to make contact</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan review held</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health history handed over</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document obtained</source>
        <comment>@info chronology</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular review</source>
        <comment>@info review</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked for by the young person</source>
        <comment>@info review</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After a big change</source>
        <comment>@info review</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Contact overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit due after a move</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Plan review overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Plan review due soon</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health history not handed over</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing: %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a document, e.g. Passport</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing ID</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport expires soon</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday in-touch contact missed</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked for contact</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs attention</source>
        <comment>@info alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
            <numerusform>اليوم</numerusform><numerusform>منذ يوم</numerusform><numerusform>منذ يومين</numerusform><numerusform>منذ %n أيام</numerusform><numerusform>منذ %n يوماً</numerusform><numerusform>منذ %n يوم</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>هذا الأسبوع</numerusform><numerusform>منذ أسبوع</numerusform><numerusform>منذ أسبوعين</numerusform><numerusform>منذ %n أسابيع</numerusform><numerusform>منذ %n أسبوعاً</numerusform><numerusform>منذ %n أسبوع</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>هذا الشهر</numerusform><numerusform>منذ شهر</numerusform><numerusform>منذ شهرين</numerusform><numerusform>منذ %n أشهر</numerusform><numerusform>منذ %n شهراً</numerusform><numerusform>منذ %n شهر</numerusform></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>@info money</comment>
        <extracomment>%1 is an amount of money</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a month</source>
        <comment>@info money</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a week</source>
        <comment>@info money</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Successful contact</source>
        <comment>@option:check</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen alone</source>
        <comment>@option:check</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save contact</source>
        <comment>@action:button</comment>
        <translation>احفظ التواصل</translation>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>No items of the local offer match right now.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask your PA what help you can get.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::AppController</name>
    <message numerus="yes">
        <source>Use at least %n characters or digits.</source>
        <comment>@info</comment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The two entries are different. Type the same one twice.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the server address your council gave you.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your work e-mail and password.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <source>This device's key store cannot be reached. Unlock the device and try again.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no data on this device yet.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device already has data. Unlock it instead.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first sync did not finish. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail, password or code is not right.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account cannot use the app.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in did not work. Try again later.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
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
            <numerusform>محاولات كثيرة جدًا. انتظر قليلًا، ثم حاول مرة أخرى.</numerusform><numerusform>محاولات كثيرة جدًا. انتظر ثانية واحدة، ثم حاول مرة أخرى.</numerusform><numerusform>محاولات كثيرة جدًا. انتظر ثانيتين، ثم حاول مرة أخرى.</numerusform><numerusform>محاولات كثيرة جدًا. انتظر %n ثوانٍ، ثم حاول مرة أخرى.</numerusform><numerusform>محاولات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform><numerusform>محاولات كثيرة جدًا. انتظر %n ثانية، ثم حاول مرة أخرى.</numerusform></translation>
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
    <message>
        <source>This device's data file is missing. Nothing was replaced. Restore it from a backup, or sign in again to download your records.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This device was signed out by your leaving-care service and the information on it was removed. If this is your device, sign in again.</source>
        <comment>@info</comment>
        <translation>سجّلت خدمة دعم مغادري الرعاية خروج هذا الجهاز، وحُذفت المعلومات التي كانت عليه. إذا كان هذا جهازك، فسجّل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>Pathway::AttentionNotifier</name>
    <message>
        <source>Pathway</source>
        <comment>@title:notification</comment>
        <translation type="unfinished">باثواي</translation>
    </message>
    <message numerus="yes">
        <source>%n young people on your caseload need attention</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a PA's device; a count only, never names.</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Pathway::CaseloadController</name>
    <message numerus="yes">
        <source>%n young people.</source>
        <comment>@info</comment>
        <extracomment>%n young people; the second sentence is separate so each can take plurals</extracomment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <comment>@info</comment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info</comment>
        <extracomment>%1 "12 young people." %2 "3 need attention."</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit with %1 saved on this device.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact recorded</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2. %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 name, %2 what needs attention, %3 last contact</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::ChronologyModel</name>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::ConflictsModel</name>
    <message>
        <source>%1: %2</source>
        <comment>@title conflict</comment>
        <extracomment>What the conflicting text is: %1 the kind of record, %2 the field, both as stored</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan, %1</source>
        <comment>@title conflict</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. On this device: %2. From the server: %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 what, %2 this device's text, %3 the other text</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::ContactLogController</name>
    <message>
        <source>Choose who the contact was with.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some of that is missing or too long.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 with %2 saved on this device.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact, %2 name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason for the amendment.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amendment saved. The original contact is kept.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::ContactsModel</name>
    <message>
        <source>We talked</source>
        <comment>@info contact outcome</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach</source>
        <comment>@info contact outcome</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info</comment>
        <extracomment>%1 outcome, %2 the staff member</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 kind of contact, %2 when, %3 outcome</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked to talk: urgent</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked to talk: when convenient</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for an answer</source>
        <comment>@info:status</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <comment>@info:status</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::DocumentsModel</name>
    <message>
        <source>Out of date</source>
        <comment>@info:status document</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is helping</source>
        <comment>@info</comment>
        <extracomment>%1 is a person, e.g. the PA's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2 is helping</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::HealthModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 title, %2 kind, %3 date</extracomment>
        <translation type="unfinished" />
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
</context>
<context>
    <name>Pathway::OfferModel</name>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 offer item, %2 its status</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::PlanModel</name>
    <message>
        <source>%1, by %2</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step: who does it and by when, e.g. "My PA, by 12/03/2026"</extracomment>
        <translation type="unfinished" />
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
            <numerusform>%1: لا خطوات</numerusform><numerusform>%1: خطوة واحدة</numerusform><numerusform>%1: خطوتان</numerusform><numerusform>%1: %n خطوات</numerusform><numerusform>%1: %n خطوة</numerusform><numerusform>%1: %n خطوة</numerusform></translation>
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
            <numerusform>لا تغييرات بانتظار الإرسال</numerusform><numerusform>تغيير واحد بانتظار الإرسال</numerusform><numerusform>تغييران بانتظار الإرسال</numerusform><numerusform>%n تغييرات بانتظار الإرسال</numerusform><numerusform>%n تغييراً بانتظار الإرسال</numerusform><numerusform>%n تغيير بانتظار الإرسال</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>لا تعارضات</numerusform><numerusform>تعارض واحد يحتاجك</numerusform><numerusform>تعارضان يحتاجانك</numerusform><numerusform>%n تعارضات تحتاجك</numerusform><numerusform>%n تعارضاً يحتاجك</numerusform><numerusform>%n تعارض يحتاجك</numerusform></translation>
    </message>
    <message>
        <source>%1. %2. %3.</source>
        <comment>@info:status</comment>
        <extracomment>Sync indicator read by a screen reader: %1 state, %2 changes waiting, %3 conflicts</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2.</source>
        <comment>@info:status</comment>
        <extracomment>Sync indicator read by a screen reader: %1 state, %2 changes waiting</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pathway::TeamController</name>
    <message>
        <source>No PA allocated</source>
        <comment>@label figure</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact lost (6 months or more)</source>
        <comment>@label figure</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact for 12 weeks or more</source>
        <comment>@label figure</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact overdue (8 weeks)</source>
        <comment>@label figure</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@label figure</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan reviews overdue</source>
        <comment>@label figure</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health history not handed over at 18</source>
        <comment>@label figure</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing ID documents</source>
        <comment>@label figure</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 figure name, %2 the number of young people</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No PA</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, PA: %2</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info caseload size</comment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held %1</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2. PA: %3</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a young person and a PA.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already %2's PA.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The allocation could not be saved.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now %2's PA.</source>
        <comment>@info</comment>
        <extracomment>%1 PA, %2 young person</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>That could not be saved on this device.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Well done! Step marked as done.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your words are saved.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan updated.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step added.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You asked for a review. Your PA will arrange it.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added to your health history.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your PA will help you with this.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You asked for it. Your PA will tell you what happens next.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your PA will contact you as soon as possible.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your PA will get in touch soon.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add my words</source>
        <comment>@action:button</comment>
        <translation>أضف كلماتي</translation>
    </message>
    <message>
        <source>Add my words to %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update with them</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update %1 with the young person</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>أضف خطوة</translation>
    </message>
    <message>
        <source>Add a step to %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What do you think? What do you want?</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My words</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal, in plain words</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their own words</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be done</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be done</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within a week</source>
        <comment>@item:inlistbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within a month</source>
        <comment>@item:inlistbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within three months</source>
        <comment>@item:inlistbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No date</source>
        <comment>@item:inlistbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By when</source>
        <comment>@label:listbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step for a screen reader: what, who and when, status</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>%1. PA: %2. Last contact: %3</source>
        <comment>@info</comment>
        <extracomment>%1 age and category, %2 PA name, %3 when last contacted</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>سجّل زيارة الآن</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <comment>@title:tab</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <comment>@title:tab</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amend a contact</source>
        <comment>@title:window</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original stays on the record; this adds an amendment.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
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
        <source>Sign off</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reviews are waiting for sign-off.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews appear here when a PA records one.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes before locking</source>
        <comment>@label:spinbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>اقفل الآن</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your code</source>
        <comment>@title</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server address</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://pathway.example.org</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Try the demo as…</source>
        <comment>@title</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo uses made-up people. It is saved, encrypted, on this device only.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A young person</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A personal adviser (PA)</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A manager</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a passphrase or PIN</source>
        <comment>@title</comment>
        <translation>اختر عبارة مرور أو رقماً سرياً</translation>
    </message>
    <message>
        <source>You will need it each time you open Pathway. It keeps your information safe if you lose your phone.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a PIN (numbers only)</source>
        <comment>@option:check</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type it again</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and continue</source>
        <comment>@action:button</comment>
        <translation>احفظ وتابع</translation>
    </message>
    <message>
        <source>Getting your information</source>
        <comment>@title</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First sync progress</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try the first sync again</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue without it</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue without the first sync</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to signing in</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
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
            <numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: لا شيء بانتظار الإرسال.</numerusform><numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: تغيير واحد بانتظار الإرسال.</numerusform><numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: تغييران بانتظار الإرسال.</numerusform><numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: %n تغييرات بانتظار الإرسال.</numerusform><numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: %n تغييرًا بانتظار الإرسال.</numerusform><numerusform>انتهت صلاحية تسجيل دخولك. تغييراتك محفوظة على هذا الجهاز: %n تغيير بانتظار الإرسال.</numerusform></translation>
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
        <translation>ليس الآن، تابع العمل على هذا الجهاز</translation>
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
    <name>TalkPage</name>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <translation>تحدث مع مرشدي</translation>
    </message>
    <message>
        <source>My PA: %1</source>
        <comment>@title</comment>
        <extracomment>%1 is the PA's name</extracomment>
        <translation>مرشدي: %1</translation>
    </message>
    <message>
        <source>What do you want to talk about? (optional)</source>
        <comment>@info:placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message to my PA</source>
        <comment>@label:textbox</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I need to talk today</source>
        <comment>@action:button</comment>
        <translation>أحتاج أن أتحدث اليوم</translation>
    </message>
    <message>
        <source>Ask my PA to contact me urgently</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk when you can</source>
        <comment>@action:button</comment>
        <translation>تحدث معي عندما تستطيع</translation>
    </message>
    <message>
        <source>Ask my PA to contact me when convenient</source>
        <comment>@action:button</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our contact</source>
        <comment>@title</comment>
        <translation>تواصلنا</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>PA: %1</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a figure to see who it is about.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is in this group right now.</source>
        <comment>@info</comment>
        <translation type="unfinished" />
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
            <numerusform>يمكنك المحاولة الآن.</numerusform><numerusform>يمكنك المحاولة بعد ثانية.</numerusform><numerusform>يمكنك المحاولة بعد ثانيتين.</numerusform><numerusform>يمكنك المحاولة بعد %n ثوانٍ.</numerusform><numerusform>يمكنك المحاولة بعد %n ثانية.</numerusform><numerusform>يمكنك المحاولة بعد %n ثانية.</numerusform></translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>افتح</translation>
    </message>
</context>
</TS>