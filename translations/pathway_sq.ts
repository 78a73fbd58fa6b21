<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <translation>Sinjalizime</translation>
    </message>
    <message>
        <source>Check with the server again</source>
        <comment>@action:button</comment>
        <translation>Kontrollo përsëri me serverin</translation>
    </message>
    <message>
        <source>Only alerts for managers</source>
        <comment>@option:check</comment>
        <translation>Vetëm sinjalizimet për menaxherët</translation>
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
        <translation>“%1”</translation>
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
        <translation>Konfirmo…</translation>
    </message>
    <message>
        <source>Acknowledge with a note: %1, %2</source>
        <comment>@action:button</comment>
        <extracomment>%1 what is wrong, %2 a young person</extracomment>
        <translation type="vanished">Konfirmo me shënim: %1, %2</translation>
    </message>
    <message>
        <source>No alerts: nothing needs action right now.</source>
        <comment>@info</comment>
        <translation>Nuk ka sinjalizime: tani nuk duhet bërë asgjë.</translation>
    </message>
    <message>
        <source>Alerts appear here when contact, a plan review, documents, the health history or a young person&apos;s request need action.</source>
        <comment>@info</comment>
        <translation>Sinjalizimet shfaqen këtu kur kontakti, rishikimi i planit, dokumentet, historia shëndetësore ose kërkesa e një të riu kanë nevojë për veprim.</translation>
    </message>
    <message>
        <source>Acknowledge with a note</source>
        <comment>@title:window</comment>
        <translation>Konfirmo me shënim</translation>
    </message>
    <message>
        <source>Say what is being done about it, or why it can wait. Everyone who sees this alert sees your name, your note and when.</source>
        <comment>@info</comment>
        <translation>Thuaj çfarë po bëhet për këtë, ose pse mund të presë. Kushdo që e sheh këtë sinjalizim sheh emrin tënd, shënimin dhe kohën.</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info:placeholder</comment>
        <translation>Shënim</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@label:textbox</comment>
        <translation>Shënim</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <comment>@action:button</comment>
        <translation>Konfirmo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Anulo</translation>
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
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>AllocatePage</name>
    <message>
        <source>Allocate a PA</source>
        <comment>@title:page</comment>
        <translation>Cakto një këshilltar</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>Cakto një këshilltar</translation>
    </message>
    <message>
        <source>Change PA</source>
        <comment>@action:button</comment>
        <translation>Ndrysho këshilltarin</translation>
    </message>
    <message>
        <source>Choose a PA for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Zgjidh një këshilltar për %1</translation>
    </message>
    <message>
        <source>No young people in the team yet.</source>
        <comment>@info</comment>
        <translation>Ende nuk ka të rinj në ekip.</translation>
    </message>
    <message>
        <source>Young people appear here after a sync with the server.</source>
        <comment>@info</comment>
        <translation>Të rinjtë shfaqen këtu pas sinkronizimit me serverin.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Arsyeja (sipas dëshirës)</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>@label:textbox</comment>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PA name (caseload size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A PA for %1</source>
        <comment>@title:window</comment>
        <translation>Një këshilltar për %1</translation>
    </message>
    <message>
        <source>Allocate a PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Cakto një këshilltar për %1</translation>
    </message>
    <message>
        <source>Change PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Ndrysho këshilltarin për %1</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>More</source>
        <comment>@action:button</comment>
        <extracomment>Opens the list of all pages</extracomment>
        <translation>Më shumë</translation>
    </message>
    <message>
        <source>More pages</source>
        <comment>@action:button</comment>
        <translation type="vanished">Më shumë faqe</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>@title:tab</comment>
        <extracomment>The phone&apos;s bottom navigation bar, for screen readers</extracomment>
        <translation>Faqet</translation>
    </message>
    <message>
        <source>Opens the list of all pages</source>
        <comment>@info:accessible</comment>
        <translation>Hap listën e të gjitha faqeve</translation>
    </message>
</context>
<context>
    <name>CalendarMonth</name>
    <message>
        <source>Calendar, %1</source>
        <comment>@info</comment>
        <extracomment>The calendar as a screen reader names it; %1 month and year</extracomment>
        <translation>Kalendari, %1</translation>
    </message>
    <message>
        <source>Previous year</source>
        <comment>@action:button</comment>
        <translation>Viti i kaluar</translation>
    </message>
    <message>
        <source>Previous month</source>
        <comment>@action:button</comment>
        <translation>Muaji i kaluar</translation>
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
        <translation>Muaji tjetër</translation>
    </message>
    <message>
        <source>Next year</source>
        <comment>@action:button</comment>
        <translation>Viti tjetër</translation>
    </message>
</context>
<context>
    <name>CaseloadList</name>
    <message>
        <source>%1, %2</source>
        <comment>@info alert, and more</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · PA: %2</source>
        <comment>@info</comment>
        <translation>%1 · Këshilltari: %2</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>Regjistro vizitën tani</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">Regjistro tani një vizitë me %1</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>Hap dosjen</translation>
    </message>
    <message>
        <source>Open the record of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Hap dosjen e %1</translation>
    </message>
    <message>
        <source>No young people in this caseload.</source>
        <comment>@info</comment>
        <translation>Nuk ka të rinj në këtë listë.</translation>
    </message>
    <message>
        <source>A manager allocates young people to PAs. Sync to get new allocations.</source>
        <comment>@info</comment>
        <translation>Menaxheri ua cakton të rinjtë këshilltarëve. Sinkronizo për të marrë caktimet e reja.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>Të rinjtë e mi</translation>
    </message>
</context>
<context>
    <name>CaseloadsPage</name>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>Listat e këshilltarëve</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <comment>@label:listbox</comment>
        <translation>Këshilltar personal</translation>
    </message>
</context>
<context>
    <name>CheckingIndicator</name>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>Po kontrollohet me serverin…</translation>
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
        <translation>Ende nuk ka ngjarje.</translation>
    </message>
    <message>
        <source>Moves, contacts, reviews and documents appear here as they are recorded.</source>
        <comment>@info</comment>
        <translation>Lëvizjet, kontaktet, rishikimet dhe dokumentet shfaqen këtu sapo regjistrohen.</translation>
    </message>
</context>
<context>
    <name>CircumstanceLabels</name>
    <message>
        <source>Higher education, full time</source>
        <comment>@info activity</comment>
        <translation>Arsim i lartë, me kohë të plotë</translation>
    </message>
    <message>
        <source>Higher education, part time</source>
        <comment>@info activity</comment>
        <translation>Arsim i lartë, me kohë të pjesshme</translation>
    </message>
    <message>
        <source>Other education, full time</source>
        <comment>@info activity</comment>
        <translation>Arsim tjetër, me kohë të plotë</translation>
    </message>
    <message>
        <source>Other education, part time</source>
        <comment>@info activity</comment>
        <translation>Arsim tjetër, me kohë të pjesshme</translation>
    </message>
    <message>
        <source>Apprenticeship, full time</source>
        <comment>@info activity</comment>
        <translation>Praktikë profesionale, me kohë të plotë</translation>
    </message>
    <message>
        <source>Apprenticeship, part time</source>
        <comment>@info activity</comment>
        <translation>Praktikë profesionale, me kohë të pjesshme</translation>
    </message>
    <message>
        <source>Training or employment, full time</source>
        <comment>@info activity</comment>
        <translation>Trajnim ose punësim, me kohë të plotë</translation>
    </message>
    <message>
        <source>Training or employment, part time</source>
        <comment>@info activity</comment>
        <translation>Trajnim ose punësim, me kohë të pjesshme</translation>
    </message>
    <message>
        <source>Not in education, work or training: illness or disability</source>
        <comment>@info activity</comment>
        <translation>Jashtë shkollës, punës ose trajnimit: sëmundje ose aftësi të kufizuara</translation>
    </message>
    <message>
        <source>Not in education, work or training: other reasons</source>
        <comment>@info activity</comment>
        <translation>Jashtë shkollës, punës ose trajnimit: arsye të tjera</translation>
    </message>
    <message>
        <source>Not in education, work or training: pregnancy or parenting</source>
        <comment>@info activity</comment>
        <translation>Jashtë shkollës, punës ose trajnimit: shtatzëni ose kujdes prindëror</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info activity</comment>
        <translation>E panjohur</translation>
    </message>
    <message>
        <source>With parents or relatives</source>
        <comment>@info accommodation</comment>
        <translation>Me prindërit ose të afërmit</translation>
    </message>
    <message>
        <source>Community home or residential care</source>
        <comment>@info accommodation</comment>
        <translation>Shtëpi komunitare ose kujdes rezidencial</translation>
    </message>
    <message>
        <source>Semi-independent, transitional</source>
        <comment>@info accommodation</comment>
        <translation>Gjysmë i pavarur, kalimtar</translation>
    </message>
    <message>
        <source>Supported lodgings</source>
        <comment>@info accommodation</comment>
        <translation>Strehim me qira me mbështetje</translation>
    </message>
    <message>
        <source>Gone abroad</source>
        <comment>@info accommodation</comment>
        <translation>Ka shkuar jashtë shtetit</translation>
    </message>
    <message>
        <source>Deported</source>
        <comment>@info accommodation</comment>
        <translation>I deportuar</translation>
    </message>
    <message>
        <source>Ordinary lodgings</source>
        <comment>@info accommodation</comment>
        <translation>Strehim i zakonshëm me qira</translation>
    </message>
    <message>
        <source>Residence not known</source>
        <comment>@info accommodation</comment>
        <translation>Vendbanim i panjohur</translation>
    </message>
    <message>
        <source>No fixed abode or homeless</source>
        <comment>@info accommodation</comment>
        <translation>Pa vendbanim të përhershëm ose i pastrehë</translation>
    </message>
    <message>
        <source>Foyer</source>
        <comment>@info accommodation</comment>
        <translation>Foyer (strehim me mbështetje për të rinjtë)</translation>
    </message>
    <message>
        <source>Independent living</source>
        <comment>@info accommodation</comment>
        <translation>Jetesë e pavarur</translation>
    </message>
    <message>
        <source>Emergency accommodation</source>
        <comment>@info accommodation</comment>
        <translation>Strehim emergjent</translation>
    </message>
    <message>
        <source>Bed and breakfast</source>
        <comment>@info accommodation</comment>
        <translation>Bujtinë me mëngjes (B&amp;B)</translation>
    </message>
    <message>
        <source>In custody</source>
        <comment>@info accommodation</comment>
        <translation>Në burg ose paraburgim</translation>
    </message>
    <message>
        <source>Other accommodation</source>
        <comment>@info accommodation</comment>
        <translation>Strehim tjetër</translation>
    </message>
    <message>
        <source>With former foster carers (Staying Put)</source>
        <comment>@info accommodation</comment>
        <translation>Me ish-prindërit kujdestarë (Staying Put)</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info accommodation</comment>
        <translation>E panjohur</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@info in touch</comment>
        <translation>Në kontakt</translation>
    </message>
    <message>
        <source>Died</source>
        <comment>@info in touch</comment>
        <translation>Ka vdekur</translation>
    </message>
    <message>
        <source>Refuses contact</source>
        <comment>@info in touch</comment>
        <translation>Refuzon kontaktin</translation>
    </message>
    <message>
        <source>No longer needs services</source>
        <comment>@info in touch</comment>
        <translation>Nuk ka më nevojë për shërbime</translation>
    </message>
    <message>
        <source>Returned home to parents for 6 months or more</source>
        <comment>@info in touch</comment>
        <translation>U kthye në shtëpi te prindërit për 6 muaj ose më shumë</translation>
    </message>
    <message>
        <source>Not in touch</source>
        <comment>@info in touch</comment>
        <translation>Jo në kontakt</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>@info gender</comment>
        <translation>Mashkull</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>@info gender</comment>
        <translation>Femër</translation>
    </message>
    <message>
        <source>Another gender</source>
        <comment>@info gender</comment>
        <translation>Gjini tjetër</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info gender</comment>
        <translation>E panjohur</translation>
    </message>
    <message>
        <source>White: British</source>
        <comment>@info ethnicity</comment>
        <translation>Të bardhë: britanikë</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <comment>@info ethnicity</comment>
        <translation>Të bardhë: irlandezë</translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <comment>@info ethnicity</comment>
        <translation>Të bardhë: çdo prejardhje tjetër e bardhë</translation>
    </message>
    <message>
        <source>White: Traveller of Irish heritage</source>
        <comment>@info ethnicity</comment>
        <translation>Të bardhë: udhëtarë me origjinë irlandeze</translation>
    </message>
    <message>
        <source>White: Gypsy or Roma</source>
        <comment>@info ethnicity</comment>
        <translation>Të bardhë: gypsy ose romë</translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>Të përzier: të bardhë dhe të zinj karaibas</translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <comment>@info ethnicity</comment>
        <translation>Të përzier: të bardhë dhe të zinj afrikanë</translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <comment>@info ethnicity</comment>
        <translation>Të përzier: të bardhë dhe aziatikë</translation>
    </message>
    <message>
        <source>Mixed: any other mixed background</source>
        <comment>@info ethnicity</comment>
        <translation>Të përzier: çdo prejardhje tjetër e përzier</translation>
    </message>
    <message>
        <source>Asian or Asian British: Indian</source>
        <comment>@info ethnicity</comment>
        <translation>Aziatikë ose britanikë aziatikë: indianë</translation>
    </message>
    <message>
        <source>Asian or Asian British: Pakistani</source>
        <comment>@info ethnicity</comment>
        <translation>Aziatikë ose britanikë aziatikë: pakistanezë</translation>
    </message>
    <message>
        <source>Asian or Asian British: Bangladeshi</source>
        <comment>@info ethnicity</comment>
        <translation>Aziatikë ose britanikë aziatikë: bangladeshas</translation>
    </message>
    <message>
        <source>Asian or Asian British: any other Asian background</source>
        <comment>@info ethnicity</comment>
        <translation>Aziatikë ose britanikë aziatikë: çdo prejardhje tjetër aziatike</translation>
    </message>
    <message>
        <source>Black or Black British: Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>Të zinj ose britanikë të zinj: karaibas</translation>
    </message>
    <message>
        <source>Black or Black British: African</source>
        <comment>@info ethnicity</comment>
        <translation>Të zinj ose britanikë të zinj: afrikanë</translation>
    </message>
    <message>
        <source>Black or Black British: any other Black background</source>
        <comment>@info ethnicity</comment>
        <translation>Të zinj ose britanikë të zinj: çdo prejardhje tjetër e zezë</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>@info ethnicity</comment>
        <translation>Kinezë</translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <comment>@info ethnicity</comment>
        <translation>Çdo grup tjetër etnik</translation>
    </message>
    <message>
        <source>Refused to say</source>
        <comment>@info ethnicity</comment>
        <translation>Refuzoi të përgjigjej</translation>
    </message>
    <message>
        <source>Information not yet obtained</source>
        <comment>@info ethnicity</comment>
        <translation>Informacioni nuk është marrë ende</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@info ethnicity</comment>
        <translation>Nuk është regjistruar</translation>
    </message>
</context>
<context>
    <name>CircumstancesView</name>
    <message>
        <source>Activity</source>
        <comment>@title</comment>
        <translation>Aktiviteti</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <comment>@info</comment>
        <translation>Aktiviteti: %1</translation>
    </message>
    <message>
        <source>What they are doing now</source>
        <comment>@label</comment>
        <translation>Çfarë bëjnë tani</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>Që nga</translation>
    </message>
    <message>
        <source>Record the activity</source>
        <comment>@action:button</comment>
        <translation>Regjistro aktivitetin</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <comment>@title</comment>
        <translation>Strehimi</translation>
    </message>
    <message>
        <source>Accommodation: %1</source>
        <comment>@info</comment>
        <translation>Strehimi: %1</translation>
    </message>
    <message>
        <source>Where they live now</source>
        <comment>@label</comment>
        <translation>Ku jetojnë tani</translation>
    </message>
    <message>
        <source>Where they live now: %1</source>
        <comment>@label:listbox</comment>
        <translation>Ku jetojnë tani: %1</translation>
    </message>
    <message>
        <source>Suitable for them</source>
        <comment>@option:check</comment>
        <translation>I përshtatshëm për ta</translation>
    </message>
    <message>
        <source>Record the accommodation</source>
        <comment>@action:button</comment>
        <translation>Regjistro strehimin</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@title</comment>
        <translation>Në kontakt</translation>
    </message>
    <message>
        <source>In touch: %1</source>
        <comment>@info</comment>
        <translation>Në kontakt: %1</translation>
    </message>
    <message>
        <source>Record instead of contact</source>
        <comment>@label</comment>
        <translation>Regjistro në vend të kontakteve</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label</comment>
        <translation>Nga</translation>
    </message>
    <message>
        <source>Record the in-touch status</source>
        <comment>@action:button</comment>
        <translation>Regjistro statusin e kontaktit</translation>
    </message>
    <message>
        <source>About them</source>
        <comment>@title</comment>
        <translation>Rreth tyre</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>@label</comment>
        <translation>Gjinia</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <comment>@label</comment>
        <translation>Etnia</translation>
    </message>
    <message>
        <source>Ethnicity: %1</source>
        <comment>@label:listbox</comment>
        <translation>Etnia: %1</translation>
    </message>
    <message>
        <source>Disability</source>
        <comment>@label</comment>
        <translation>Aftësi të kufizuara</translation>
    </message>
    <message>
        <source>Save gender, ethnicity and disability</source>
        <comment>@action:button</comment>
        <translation>Ruaj gjininë, etninë dhe aftësinë e kufizuar</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <comment>@title:page</comment>
        <translation>Mospërputhje</translation>
    </message>
    <message>
        <source>On this device</source>
        <comment>@title</comment>
        <translation>Në këtë pajisje</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <comment>@action:button</comment>
        <translation>Mbaj këtë</translation>
    </message>
    <message>
        <source>Keep the text on this device</source>
        <comment>@action:button</comment>
        <translation type="vanished">Mbaj tekstin në këtë pajisje</translation>
    </message>
    <message>
        <source>From the server</source>
        <comment>@title</comment>
        <translation>Nga serveri</translation>
    </message>
    <message>
        <source>Keep the text from the server</source>
        <comment>@action:button</comment>
        <translation type="vanished">Mbaj tekstin nga serveri</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <comment>@info</comment>
        <translation>Nuk ka mospërputhje.</translation>
    </message>
    <message>
        <source>If the same text is changed on two devices, both versions appear here for you to choose.</source>
        <comment>@info</comment>
        <translation>Nëse i njëjti tekst ndryshohet në dy pajisje, të dy versionet shfaqen këtu që ti të zgjedhësh.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>%1 (amended)</source>
        <comment>@info</comment>
        <translation>%1 (i ndryshuar)</translation>
    </message>
    <message>
        <source>Amend</source>
        <comment>@action:button</comment>
        <translation>Ndrysho</translation>
    </message>
    <message>
        <source>Amend contact: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Ndrysho kontaktin: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@action:button</comment>
        <translation>Regjistruar gabim</translation>
    </message>
    <message>
        <source>Mark as entered in error: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Shëno si të regjistruar gabim: %1</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <comment>@info</comment>
        <translation>Ende nuk është regjistruar asnjë kontakt.</translation>
    </message>
    <message>
        <source>Contacts appear here once they are logged.</source>
        <comment>@info</comment>
        <translation>Kontaktet shfaqen këtu sapo regjistrohen.</translation>
    </message>
</context>
<context>
    <name>CopyDocument</name>
    <message>
        <source>My pathway plan</source>
        <comment>@title document to keep</comment>
        <translation>Plani im</translation>
    </message>
    <message>
        <source>My health history</source>
        <comment>@title document to keep</comment>
        <translation>Historia ime shëndetësore</translation>
    </message>
    <message>
        <source>%1. Made on %2.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the young person&apos;s name, %2 the day it was made</extracomment>
        <translation>%1. Bërë më %2.</translation>
    </message>
    <message>
        <source>My personal adviser (PA):</source>
        <comment>@label document to keep</comment>
        <translation>Këshilltari im personal (PA):</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <comment>@label document to keep</comment>
        <translation>Rishikimi i fundit:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <comment>@label document to keep</comment>
        <translation>Rishikimi tjetër:</translation>
    </message>
    <message>
        <source>What we are aiming for:</source>
        <comment>@label document to keep</comment>
        <translation>Çfarë synojmë:</translation>
    </message>
    <message>
        <source>In my own words:</source>
        <comment>@label document to keep</comment>
        <translation>Me fjalët e mia:</translation>
    </message>
    <message>
        <source>If the plan stops working:</source>
        <comment>@label document to keep</comment>
        <translation>Nëse plani nuk funksionon:</translation>
    </message>
    <message>
        <source>%1. Who: %2. By: %3. %4.</source>
        <comment>@info document to keep</comment>
        <extracomment>One step of a plan on a document to keep: %1 what, %2 who does it, %3 by when, %4 its status</extracomment>
        <translation>%1. Kush: %2. Deri më: %3. %4.</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <comment>@info who</comment>
        <translation>ende pa rënë dakord</translation>
    </message>
    <message>
        <source>no date yet</source>
        <comment>@info by when</comment>
        <translation>ende pa datë</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@title document to keep</comment>
        <translation>Hapat</translation>
    </message>
    <message>
        <source>Nothing written yet. Talk to your PA about it.</source>
        <comment>@info document to keep</comment>
        <translation>Ende s&apos;është shkruar asgjë. Fol me këshilltarin tënd për këtë.</translation>
    </message>
    <message>
        <source>Not written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>Ende nuk është shkruar. Pyet këshilltarin tënd.</translation>
    </message>
    <message>
        <source>My GP, dentist and optician</source>
        <comment>@title document to keep</comment>
        <translation>Mjeku im (GP), dentisti dhe okulisti</translation>
    </message>
    <message>
        <source>How to use the NHS</source>
        <comment>@title document to keep</comment>
        <translation>Si të përdorësh NHS</translation>
    </message>
    <message>
        <source>In an emergency, when a life is at risk, call 999 or go to A&amp;E.</source>
        <comment>@info NHS guidance</comment>
        <translation>Në urgjencë, kur një jetë është në rrezik, telefono 999 ose shko te A&amp;E (urgjenca).</translation>
    </message>
    <message>
        <source>When you need help fast but it is not an emergency, call 111 or go to 111.nhs.uk. It is free, day and night.</source>
        <comment>@info NHS guidance</comment>
        <translation>Kur të duhet ndihmë shpejt, por nuk është urgjencë, telefono 111 ose shko te 111.nhs.uk. Është falas, ditë e natë.</translation>
    </message>
    <message>
        <source>For most health problems, book with your GP practice. Tell them when you move home.</source>
        <comment>@info NHS guidance</comment>
        <translation>Për shumicën e problemeve shëndetësore, merr takim te klinika e mjekut tënd (GP). Tregoju kur ndërron shtëpi.</translation>
    </message>
    <message>
        <source>A pharmacist can help with minor illnesses without an appointment.</source>
        <comment>@info NHS guidance</comment>
        <translation>Farmacisti mund të të ndihmojë për sëmundje të lehta pa takim.</translation>
    </message>
    <message>
        <source>Register with a dentist and an optician near where you live, and go for check-ups.</source>
        <comment>@info NHS guidance</comment>
        <translation>Regjistrohu te një dentist dhe një okulist afër vendit ku jeton, dhe shko për kontrolle.</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>Ende s&apos;është shkruar asgjë. Pyet këshilltarin tënd.</translation>
    </message>
    <message>
        <source>My health history was handed over to me on %1.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the day the health history was handed over</extracomment>
        <translation>Historia ime shëndetësore m&apos;u dorëzua më %1.</translation>
    </message>
</context>
<context>
    <name>CopyToKeepCard</name>
    <message>
        <source>A copy of the plan to keep</source>
        <comment>@title</comment>
        <translation>Një kopje e planit për ta mbajtur</translation>
    </message>
    <message>
        <source>A copy of the health history to keep</source>
        <comment>@title</comment>
        <translation>Një kopje e historisë shëndetësore për ta mbajtur</translation>
    </message>
    <message>
        <source>Save it as a PDF file to print, share or keep on your phone.</source>
        <comment>@info</comment>
        <translation>Ruaje si skedar PDF për ta printuar, ndarë ose mbajtur në telefon.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>Skedarë PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <comment>@action:button</comment>
        <translation>Ruaj si PDF</translation>
    </message>
    <message>
        <source>Save as PDF: the plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">Ruaj si PDF: plani</translation>
    </message>
    <message>
        <source>Save as PDF: the health history</source>
        <comment>@action:button</comment>
        <translation type="vanished">Ruaj si PDF: historia shëndetësore</translation>
    </message>
    <message>
        <source>Open to print or share</source>
        <comment>@action:button</comment>
        <translation>Hape për ta printuar ose ndarë</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <comment>@action:button</comment>
        <translation>Zgjidh një datë</translation>
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
        <translation>Hap një kalendar</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <comment>@title:window</comment>
        <translation>Zgjidh një datë</translation>
    </message>
</context>
<context>
    <name>DateTimeDialog</name>
    <message>
        <source>Time</source>
        <comment>@label:spinbox</comment>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>@label:spinbox</comment>
        <translation>Ora</translation>
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
        <translation>Minuta</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@action:button</comment>
        <translation>Tani</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>@action:button</comment>
        <translation>Sot</translation>
    </message>
    <message>
        <source>Choose %1 or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the latest date (or date and time) allowed</extracomment>
        <translation>Zgjidh %1 ose më herët.</translation>
    </message>
    <message>
        <source>Choose %1 or later.</source>
        <comment>@info</comment>
        <extracomment>%1 the earliest date (or date and time) allowed</extracomment>
        <translation>Zgjidh %1 ose më vonë.</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>@action:button</comment>
        <translation>Zgjidh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info date and time</comment>
        <extracomment>A date and a time: %1 date, %2 time</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>%1, %2</source>
        <comment>@info date and time</comment>
        <extracomment>A date and a time: %1 date, %2 time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose a date and time</source>
        <comment>@action:button</comment>
        <translation>Zgjidh datën dhe orën</translation>
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
        <translation>Hap një kalendar</translation>
    </message>
    <message>
        <source>Choose a date and time</source>
        <comment>@title:window</comment>
        <translation>Zgjidh datën dhe orën</translation>
    </message>
</context>
<context>
    <name>DocumentEditPage</name>
    <message>
        <source>Add a document</source>
        <comment>@title:page</comment>
        <translation>Shto një dokument</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>@title</comment>
        <extracomment>%1 a document, %2 the young person&apos;s name</extracomment>
        <translation>%1 për %2</translation>
    </message>
    <message>
        <source>Which document</source>
        <comment>@label</comment>
        <translation>Cili dokument</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Due by</source>
        <comment>@label</comment>
        <translation>Afati deri më</translation>
    </message>
    <message>
        <source>No due date</source>
        <comment>@action:button</comment>
        <translation>Pa afat</translation>
    </message>
    <message>
        <source>Expires on</source>
        <comment>@label</comment>
        <translation>Skadon më</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <comment>@action:button</comment>
        <translation>Pa datë skadimi</translation>
    </message>
    <message>
        <source>Who is helping</source>
        <comment>@label:listbox</comment>
        <translation>Kush po ndihmon</translation>
    </message>
    <message>
        <source>Who is helping: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>Screen reader: %1 the person chosen</extracomment>
        <translation>Kush po ndihmon: %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Shënime (sipas dëshirës)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">Ruaj %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>Dokumentet e mia</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Add a document</source>
        <comment>@action:button</comment>
        <translation>Shto një dokument</translation>
    </message>
    <message>
        <source>Add a document to %1&apos;s checklist</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">Shto një dokument në listën e %1</translation>
    </message>
    <message>
        <source>You asked your PA for help.</source>
        <comment>@info</comment>
        <translation>I kërkove ndihmë këshilltarit tënd.</translation>
    </message>
    <message>
        <source>I have it now</source>
        <comment>@action:button</comment>
        <translation>E kam tani</translation>
    </message>
    <message>
        <source>I have it now: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">E kam tani: %1</translation>
    </message>
    <message>
        <source>Ask my PA for help</source>
        <comment>@action:button</comment>
        <translation>Kërkoji ndihmë këshilltarit tim</translation>
    </message>
    <message>
        <source>Ask my PA for help with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Kërkoji ndihmë këshilltarit tim për %1</translation>
    </message>
    <message>
        <source>Confirm they have it</source>
        <comment>@action:button</comment>
        <translation>Konfirmo që e ka</translation>
    </message>
    <message>
        <source>Confirm they have %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">Konfirmo që ka %1</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>@action:button</comment>
        <translation>Ndrysho</translation>
    </message>
    <message>
        <source>Change %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">Ndrysho %1</translation>
    </message>
    <message>
        <source>No documents on the checklist yet.</source>
        <comment>@info</comment>
        <translation>Ende nuk ka dokumente në listë.</translation>
    </message>
    <message>
        <source>Add the documents they need with the button above.</source>
        <comment>@info</comment>
        <translation>Shto dokumentet që i duhen me butonin sipër.</translation>
    </message>
    <message>
        <source>Your PA will add the documents you need.</source>
        <comment>@info</comment>
        <translation>Këshilltari yt do të shtojë dokumentet që të duhen.</translation>
    </message>
</context>
<context>
    <name>EnrolCodeSheet</name>
    <message>
        <source>Set up %1&apos;s phone</source>
        <comment>@title:window</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>Përgatit telefonin e %1</translation>
    </message>
    <message>
        <source>Read the code out, or let them scan the QR code with their phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>Lexoje kodin me zë, ose lëri të skanojnë kodin QR me kamerën e telefonit.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is the code spelt out one character at a time</extracomment>
        <translation>Kodi: %1</translation>
    </message>
    <message>
        <source>QR code to set up their phone, with the same code</source>
        <comment>@info</comment>
        <translation>Kod QR për të përgatitur telefonin e tyre, me të njëjtin kod</translation>
    </message>
    <message>
        <source>On their phone:
1. Install Pathway and open it.
2. Tap &quot;I have a code from my PA&quot;.
3. Type the code, or scan the QR code with the camera.
4. They choose their own passphrase or PIN. Nobody else needs to know it.</source>
        <comment>@info</comment>
        <translation>Në telefonin e tyre:
1. Instalo Pathway dhe hape.
2. Prek “Kam një kod nga këshilltari im”.
3. Shkruaj kodin, ose skano kodin QR me kamerë.
4. Zgjedhin vetë fjalëkalimin ose PIN-in. Askush tjetër nuk ka nevojë ta dijë.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <comment>@action:button</comment>
        <translation>Bëj një kod të ri</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <source>Mark as entered in error?</source>
        <comment>@title:window</comment>
        <translation>Të shënohet si i regjistruar gabim?</translation>
    </message>
    <message>
        <source>It will no longer count as contact in any figure or alert. It stays on the record, struck through, with your reason.</source>
        <comment>@info</comment>
        <translation>Nuk do të numërohet më si kontakt në asnjë shifër apo sinjalizim. Mbetet në dosje, i vizatuar, me arsyen tënde.</translation>
    </message>
    <message>
        <source>Why was it entered in error?</source>
        <comment>@label:textbox</comment>
        <translation>Pse u regjistrua gabim?</translation>
    </message>
    <message>
        <source>For example: logged for the wrong young person</source>
        <comment>@info:placeholder</comment>
        <translation>Për shembull: u regjistrua për një të ri tjetër</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <comment>@action:button</comment>
        <translation>Shëno si të regjistruar gabim</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>EntitlementEditPage</name>
    <message>
        <source>For %1</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Për %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the status as recorded now</extracomment>
        <translation>Tani: %1</translation>
    </message>
    <message>
        <source>New status</source>
        <comment>@label</comment>
        <translation>Gjendja e re</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>Që nga</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Shënime (sipas dëshirës)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Save the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">Ruaj gjendjen e %1</translation>
    </message>
</context>
<context>
    <name>GlossaryTerms</name>
    <message>
        <source>Words explained</source>
        <comment>@title</comment>
        <translation>Fjalët e shpjeguara</translation>
    </message>
</context>
<context>
    <name>HandoverEditPage</name>
    <message>
        <source>Health history handover</source>
        <comment>@title:page</comment>
        <translation>Dorëzimi i historisë shëndetësore</translation>
    </message>
    <message>
        <source>Health history for %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Historia shëndetësore e %1</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <comment>@label</comment>
        <translation>Dorëzuar më</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>Si</translation>
    </message>
    <message>
        <source>They agreed to their health history being shared</source>
        <comment>@option:check</comment>
        <translation>Ranë dakord që historia e tyre shëndetësore të ndahet</translation>
    </message>
    <message>
        <source>They have their copy</source>
        <comment>@option:check</comment>
        <translation>Kanë kopjen e tyre</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Shënime (sipas dëshirës)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>Save the handover</source>
        <comment>@action:button</comment>
        <translation>Ruaj dorëzimin</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>Shëndeti im</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Health history handover</source>
        <comment>@title</comment>
        <translation>Dorëzimi i historisë shëndetësore</translation>
    </message>
    <message>
        <source>Change the handover</source>
        <comment>@action:button</comment>
        <translation>Ndrysho dorëzimin</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <comment>@action:button</comment>
        <translation>Regjistro dorëzimin</translation>
    </message>
    <message>
        <source>Record the health history handover for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">Regjistro dorëzimin e historisë shëndetësore për %1</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <comment>@action:button</comment>
        <translation>Shto një takim</translation>
    </message>
    <message>
        <source>Add a note</source>
        <comment>@action:button</comment>
        <translation>Shto një shënim</translation>
    </message>
    <message>
        <source>Nothing in your health history yet.</source>
        <comment>@info</comment>
        <translation>Ende s&apos;ka asgjë në historinë tënde shëndetësore.</translation>
    </message>
    <message>
        <source>Add appointments and notes with the buttons above.</source>
        <comment>@info</comment>
        <translation>Shto takime dhe shënime me butonat sipër.</translation>
    </message>
    <message>
        <source>New appointment</source>
        <comment>@title:window</comment>
        <translation>Takim i ri</translation>
    </message>
    <message>
        <source>New note</source>
        <comment>@title:window</comment>
        <translation>Shënim i ri</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@info:placeholder</comment>
        <translation>Çfarë është?</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@label:textbox</comment>
        <translation>Çfarë është?</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>@label</comment>
        <translation>Data</translation>
    </message>
    <message>
        <source>More details (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Më shumë hollësi (sipas dëshirës)</translation>
    </message>
    <message>
        <source>More details</source>
        <comment>@label:textbox</comment>
        <translation>Më shumë hollësi</translation>
    </message>
</context>
<context>
    <name>HelpNowView</name>
    <message>
        <source>If you need help now</source>
        <comment>@title</comment>
        <translation>Nëse të duhet ndihmë tani</translation>
    </message>
    <message>
        <source>Your PA may not answer straight away, for example at night. You can call:</source>
        <comment>@info</comment>
        <translation>Këshilltari yt mund të mos përgjigjet menjëherë, për shembull natën. Mund të telefonosh:</translation>
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
        <translation>Telefono %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <comment>@title:page</comment>
        <translation>Kreu</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <comment>@title</comment>
        <extracomment>Greeting; %1 is the young person&apos;s name</extracomment>
        <translation>Përshëndetje %1</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@title</comment>
        <translation>Këshilltari im</translation>
    </message>
    <message>
        <source>We last spoke: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is e.g. &quot;3 weeks ago&quot;</extracomment>
        <translation>Folëm për herë të fundit: %1</translation>
    </message>
    <message>
        <source>My PA is %1. We last spoke: %2</source>
        <comment>@info</comment>
        <translation>Këshilltari im është %1. Folëm për herë të fundit: %2</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@action:button</comment>
        <translation>Fol me këshilltarin tim</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@title</comment>
        <translation>Çfarë bëj më pas</translation>
    </message>
    <message>
        <source>What to do next: %1 %2</source>
        <comment>@info</comment>
        <translation>Çfarë bëj më pas: %1 %2</translation>
    </message>
    <message>
        <source>See my plan</source>
        <comment>@action:button</comment>
        <translation>Shiko planin tim</translation>
    </message>
    <message>
        <source>My plan review</source>
        <comment>@title</comment>
        <translation>Rishikimi i planit tim</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Contact and support</source>
        <comment>@title plan area</comment>
        <translation>Kontakti dhe mbështetja</translation>
    </message>
    <message>
        <source>Education and training</source>
        <comment>@title plan area</comment>
        <translation>Shkolla dhe trajnimi</translation>
    </message>
    <message>
        <source>Work and activities</source>
        <comment>@title plan area</comment>
        <translation>Puna dhe aktivitetet</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <comment>@title plan area</comment>
        <translation>Nëse diçka shkon keq</translation>
    </message>
    <message>
        <source>Where I live</source>
        <comment>@title plan area</comment>
        <translation>Ku jetoj</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <comment>@title plan area</comment>
        <translation>Familja dhe miqtë</translation>
    </message>
    <message>
        <source>Skills for living</source>
        <comment>@title plan area</comment>
        <translation>Aftësi për jetën</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>@title plan area</comment>
        <translation>Paratë</translation>
    </message>
    <message>
        <source>Health and feelings</source>
        <comment>@title plan area</comment>
        <translation>Shëndeti dhe ndjenjat</translation>
    </message>
    <message>
        <source>Who I am</source>
        <comment>@title plan area</comment>
        <translation>Kush jam unë</translation>
    </message>
    <message>
        <source>Who helps me and how we keep in touch</source>
        <comment>@info plan area</comment>
        <translation>Kush më ndihmon dhe si mbajmë kontakt</translation>
    </message>
    <message>
        <source>School, college, university or training</source>
        <comment>@info plan area</comment>
        <translation>Shkolla, kolegji, universiteti ose trajnimi</translation>
    </message>
    <message>
        <source>Jobs, apprenticeships and things I do</source>
        <comment>@info plan area</comment>
        <translation>Punë, praktika pune dhe gjëra që bëj</translation>
    </message>
    <message>
        <source>What happens if my plan stops working</source>
        <comment>@info plan area</comment>
        <translation>Çfarë ndodh nëse plani im nuk funksionon</translation>
    </message>
    <message>
        <source>My home, and if it is right for me</source>
        <comment>@info plan area</comment>
        <translation>Shtëpia ime, dhe nëse është e duhura për mua</translation>
    </message>
    <message>
        <source>People who matter to me</source>
        <comment>@info plan area</comment>
        <translation>Njerëzit që janë të rëndësishëm për mua</translation>
    </message>
    <message>
        <source>Cooking, shopping, bills and other skills</source>
        <comment>@info plan area</comment>
        <translation>Gatimi, blerjet, faturat dhe aftësi të tjera</translation>
    </message>
    <message>
        <source>My money and the help I can get</source>
        <comment>@info plan area</comment>
        <translation>Paratë e mia dhe ndihma që mund të marr</translation>
    </message>
    <message>
        <source>My body and my mind</source>
        <comment>@info plan area</comment>
        <translation>Trupi im dhe mendja ime</translation>
    </message>
    <message>
        <source>My culture, faith and language</source>
        <comment>@info plan area</comment>
        <translation>Kultura, besimi dhe gjuha ime</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>@info:status</comment>
        <translation>Nuk ka filluar</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>@info:status</comment>
        <translation>Ka filluar</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info:status</comment>
        <translation>U bë</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <comment>@info:status</comment>
        <translation>Nuk duhet tani</translation>
    </message>
    <message>
        <source>Proposed, waiting for the PA</source>
        <comment>@info:status</comment>
        <extracomment>A step the young person proposed; their PA has not answered yet</extracomment>
        <translation>Propozuar, pret këshilltarin</translation>
    </message>
    <message>
        <source>Birth</source>
        <comment>@info health</comment>
        <translation>Lindja</translation>
    </message>
    <message>
        <source>Family health</source>
        <comment>@info health</comment>
        <translation>Shëndeti i familjes</translation>
    </message>
    <message>
        <source>Growing up</source>
        <comment>@info health</comment>
        <translation>Rritja</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <comment>@info health</comment>
        <translation>Vaksinim</translation>
    </message>
    <message>
        <source>Allergy</source>
        <comment>@info health</comment>
        <translation>Alergji</translation>
    </message>
    <message>
        <source>Medicine</source>
        <comment>@info health</comment>
        <translation>Ilaç</translation>
    </message>
    <message>
        <source>Illness</source>
        <comment>@info health</comment>
        <translation>Sëmundje</translation>
    </message>
    <message>
        <source>Hospital</source>
        <comment>@info health</comment>
        <translation>Spital</translation>
    </message>
    <message>
        <source>Dentist check</source>
        <comment>@info health</comment>
        <translation>Kontroll dhëmbësh</translation>
    </message>
    <message>
        <source>Eye test</source>
        <comment>@info health</comment>
        <translation>Kontroll i syve</translation>
    </message>
    <message>
        <source>Feelings and mental health</source>
        <comment>@info health</comment>
        <translation>Ndjenjat dhe shëndeti mendor</translation>
    </message>
    <message>
        <source>My GP</source>
        <comment>@info health</comment>
        <translation>Mjeku im (GP)</translation>
    </message>
    <message>
        <source>My dentist</source>
        <comment>@info health</comment>
        <translation>Dentisti im</translation>
    </message>
    <message>
        <source>My optician</source>
        <comment>@info health</comment>
        <translation>Okulisti im</translation>
    </message>
    <message>
        <source>Using the NHS</source>
        <comment>@info health</comment>
        <translation>Përdorimi i NHS</translation>
    </message>
    <message>
        <source>Appointment</source>
        <comment>@info health</comment>
        <translation>Takim</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info health</comment>
        <translation>Shënim</translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <comment>@info document</comment>
        <translation>Numri i Sigurimeve Kombëtare (NI)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <comment>@info document</comment>
        <translation>Certifikata e lindjes</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>@info document</comment>
        <translation>Pasaporta</translation>
    </message>
    <message>
        <source>Provisional driving licence</source>
        <comment>@info document</comment>
        <translation>Leja e përkohshme e drejtimit</translation>
    </message>
    <message>
        <source>Bank account</source>
        <comment>@info document</comment>
        <translation>Llogari bankare</translation>
    </message>
    <message>
        <source>eVisa (UKVI account)</source>
        <comment>@info document</comment>
        <translation>eVisa (llogari UKVI)</translation>
    </message>
    <message>
        <source>Care leaver letter</source>
        <comment>@info document</comment>
        <translation>Letra e largimit nga kujdesi</translation>
    </message>
    <message>
        <source>GP registration and NHS number</source>
        <comment>@info document</comment>
        <translation>Regjistrimi te GP dhe numri NHS</translation>
    </message>
    <message>
        <source>Health summary</source>
        <comment>@info document</comment>
        <translation>Përmbledhja shëndetësore</translation>
    </message>
    <message>
        <source>Junior ISA</source>
        <comment>@info document</comment>
        <translation>Junior ISA</translation>
    </message>
    <message>
        <source>Registered to vote</source>
        <comment>@info document</comment>
        <translation>I regjistruar për të votuar</translation>
    </message>
    <message>
        <source>Universal Credit (as a care leaver)</source>
        <comment>@info document</comment>
        <translation>Universal Credit (si i larguar nga kujdesi)</translation>
    </message>
    <message>
        <source>I have it</source>
        <comment>@info:status document</comment>
        <translation>E kam</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>@info:status document</comment>
        <translation>E kam kërkuar</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>@info:status document</comment>
        <translation>Mungon</translation>
    </message>
    <message>
        <source>Not needed</source>
        <comment>@info:status document</comment>
        <translation>Nuk duhet</translation>
    </message>
    <message>
        <source>Not asked for yet</source>
        <comment>@info:status offer</comment>
        <translation>Ende nuk është kërkuar</translation>
    </message>
    <message>
        <source>Asked for</source>
        <comment>@info:status offer</comment>
        <translation>Kërkuar</translation>
    </message>
    <message>
        <source>Claimed</source>
        <comment>@info:status offer</comment>
        <translation>Pretenduar</translation>
    </message>
    <message>
        <source>Got it</source>
        <comment>@info:status offer</comment>
        <translation>E mora</translation>
    </message>
    <message>
        <source>Not for me</source>
        <comment>@info:status offer</comment>
        <translation>Nuk është për mua</translation>
    </message>
    <message>
        <source>Said no thanks</source>
        <comment>@info:status offer</comment>
        <translation>Thashë jo, faleminderit</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>@info contact</comment>
        <translation>Vizitë</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>@info contact</comment>
        <translation>Telefonatë</translation>
    </message>
    <message>
        <source>Video call</source>
        <comment>@info contact</comment>
        <translation>Video-thirrje</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>@info contact</comment>
        <translation>Mesazh</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>@info contact</comment>
        <translation>Letër</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <comment>@info contact</comment>
        <translation>Ardhje pa takim</translation>
    </message>
    <message>
        <source>Tried to reach</source>
        <comment>@info contact</comment>
        <translation>U përpoq të kontaktonte</translation>
    </message>
    <message>
        <source>Eligible</source>
        <comment>@info care leaver category</comment>
        <translation>I kualifikuar</translation>
    </message>
    <message>
        <source>Relevant</source>
        <comment>@info care leaver category</comment>
        <translation>Përkatës</translation>
    </message>
    <message>
        <source>Former relevant</source>
        <comment>@info care leaver category</comment>
        <translation>Ish-përkatës</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <comment>@info care leaver category</comment>
        <translation>Që kualifikohet</translation>
    </message>
    <message>
        <source>Not a care leaver</source>
        <comment>@info care leaver category</comment>
        <translation>Nuk është i larguar nga kujdesi</translation>
    </message>
    <message>
        <source>Moved home</source>
        <comment>@info chronology</comment>
        <translation>U zhvendos</translation>
    </message>
    <message>
        <source>Started education</source>
        <comment>@info chronology</comment>
        <translation>Filloi shkollën</translation>
    </message>
    <message>
        <source>Left education</source>
        <comment>@info chronology</comment>
        <translation>La shkollën</translation>
    </message>
    <message>
        <source>Started work</source>
        <comment>@info chronology</comment>
        <translation>Filloi punën</translation>
    </message>
    <message>
        <source>Left work</source>
        <comment>@info chronology</comment>
        <translation>La punën</translation>
    </message>
    <message>
        <source>Went into custody</source>
        <comment>@info chronology</comment>
        <translation>U burgos</translation>
    </message>
    <message>
        <source>Left custody</source>
        <comment>@info chronology</comment>
        <translation>Doli nga burgu</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>@info chronology</comment>
        <translation>Shtatzëni</translation>
    </message>
    <message>
        <source>Became a parent</source>
        <comment>@info chronology</comment>
        <translation>U bë prind</translation>
    </message>
    <message>
        <source>Left care</source>
        <comment>@info chronology</comment>
        <translation>U largua nga kujdesi</translation>
    </message>
    <message>
        <source>Asylum decision</source>
        <comment>@info chronology</comment>
        <translation>Vendim për azilin</translation>
    </message>
    <message>
        <source>Asked for a plan review</source>
        <comment>@info chronology</comment>
        <translation>Kërkoi rishikim të planit</translation>
    </message>
    <message>
        <source>Other event</source>
        <comment>@info chronology</comment>
        <translation>Ngjarje tjetër</translation>
    </message>
    <message>
        <source>Born</source>
        <comment>@info chronology</comment>
        <translation>Lindi</translation>
    </message>
    <message>
        <source>PA allocated</source>
        <comment>@info chronology</comment>
        <translation>U caktua këshilltari</translation>
    </message>
    <message>
        <source>PA allocation ended</source>
        <comment>@info chronology</comment>
        <translation>Caktimi i këshilltarit mbaroi</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@info chronology</comment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Tried to make contact</source>
        <comment>@info chronology</comment>
        <translation>U përpoq të kontaktonte</translation>
    </message>
    <message>
        <source>Plan review held</source>
        <comment>@info chronology</comment>
        <translation>U bë rishikimi i planit</translation>
    </message>
    <message>
        <source>Health history handed over</source>
        <comment>@info chronology</comment>
        <translation>U dorëzua historia shëndetësore</translation>
    </message>
    <message>
        <source>Document obtained</source>
        <comment>@info chronology</comment>
        <translation>U mor dokumenti</translation>
    </message>
    <message>
        <source>Regular review</source>
        <comment>@info review</comment>
        <translation>Rishikim i rregullt</translation>
    </message>
    <message>
        <source>Asked for by the young person</source>
        <comment>@info review</comment>
        <translation>Me kërkesë të të riut</translation>
    </message>
    <message>
        <source>After a big change</source>
        <comment>@info review</comment>
        <translation>Pas një ndryshimi të madh</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <comment>@info health handover</comment>
        <translation>Kopje në letër</translation>
    </message>
    <message>
        <source>Digital copy</source>
        <comment>@info health handover</comment>
        <translation>Kopje dixhitale</translation>
    </message>
    <message>
        <source>Paper and digital copies</source>
        <comment>@info health handover</comment>
        <translation>Kopje në letër dhe dixhitale</translation>
    </message>
    <message numerus="yes">
        <source>Contact overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>Kontakti me vonesë %n ditë</numerusform>
            <numerusform>Kontakti me vonesë %n ditë</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@info alert</comment>
        <translation>Kontakti duhet së shpejti</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@info alert</comment>
        <translation>Nuk ka këshilltar të caktuar</translation>
    </message>
    <message>
        <source>Visit due after a move</source>
        <comment>@info alert</comment>
        <translation>Duhet vizitë pas zhvendosjes</translation>
    </message>
    <message numerus="yes">
        <source>Plan review overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>Rishikimi i planit me vonesë %n ditë</numerusform>
            <numerusform>Rishikimi i planit me vonesë %n ditë</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan review due soon</source>
        <comment>@info alert</comment>
        <translation>Rishikimi i planit duhet së shpejti</translation>
    </message>
    <message>
        <source>Health history not handed over</source>
        <comment>@info alert</comment>
        <translation>Historia shëndetësore nuk është dorëzuar</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a document, e.g. Passport</extracomment>
        <translation>Mungon: %1</translation>
    </message>
    <message>
        <source>Missing ID</source>
        <comment>@info alert</comment>
        <translation>Mungon dokumenti i identitetit</translation>
    </message>
    <message>
        <source>Passport expires soon</source>
        <comment>@info alert</comment>
        <translation>Pasaporta skadon së shpejti</translation>
    </message>
    <message>
        <source>Birthday in-touch contact missed</source>
        <comment>@info alert</comment>
        <translation>Kontakti i ditëlindjes nuk u bë</translation>
    </message>
    <message>
        <source>Asked for contact</source>
        <comment>@info alert</comment>
        <translation>Kërkoi kontakt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>@info alert</comment>
        <translation>Ka nevojë për vëmendje</translation>
    </message>
    <message>
        <source>no date</source>
        <comment>@info</comment>
        <translation>pa datë</translation>
    </message>
    <message>
        <source>today</source>
        <comment>@info time</comment>
        <translation>sot</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>@info time</comment>
        <translation>dje</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>para %n dite</numerusform>
            <numerusform>para %n ditësh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>para %n jave</numerusform>
            <numerusform>para %n javësh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>para %n muaji</numerusform>
            <numerusform>para %n muajsh</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>@info money</comment>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>%1 në vit</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>@info money</comment>
        <translation>%1 në muaj</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <comment>@info money</comment>
        <translation>%1 në javë</translation>
    </message>
    <message>
        <source>Copy made to keep</source>
        <comment>@info chronology</comment>
        <extracomment>A copy of the young person&apos;s plan or health history was made for them to keep</extracomment>
        <translation>U bë një kopje për ta mbajtur</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <comment>@info recorded need</comment>
        <translation>Ka nevojë për përkthyes</translation>
    </message>
    <message>
        <source>Needs an interpreter: %1</source>
        <comment>@info recorded need</comment>
        <extracomment>A recorded need shown to staff: %1 the young person&apos;s first language</extracomment>
        <translation>Ka nevojë për përkthyes: %1</translation>
    </message>
    <message>
        <source>Not in education, work or training for too long</source>
        <comment>@info alert</comment>
        <translation>Jashtë shkollës, punës ose trajnimit për shumë kohë</translation>
    </message>
    <message>
        <source>Accommodation not suitable</source>
        <comment>@info alert</comment>
        <translation>Strehim jo i përshtatshëm</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <extracomment>Label of the list of languages; each language is listed in its own words</extracomment>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 is the language in use, in its own words, e.g. &quot;العربية&quot;</extracomment>
        <translation>Gjuha: %1</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>Po ngarkohet…</translation>
    </message>
</context>
<context>
    <name>LogContactPage</name>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>Regjistro një kontakt</translation>
    </message>
    <message>
        <source>Who with</source>
        <comment>@label:listbox</comment>
        <translation>Me kë</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@label</comment>
        <translation>Kur</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>Si</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>Folëm (kontakt i suksesshëm)</translation>
    </message>
    <message>
        <source>Successful contact</source>
        <comment>@option:check</comment>
        <translation type="vanished">Kontakt i suksesshëm</translation>
    </message>
    <message>
        <source>Seen alone</source>
        <comment>@option:check</comment>
        <translation>U pa vetëm</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Shënime (sipas dëshirës)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>Shënime</translation>
    </message>
    <message>
        <source>Save contact</source>
        <comment>@action:button</comment>
        <translation>Ruaj kontaktin</translation>
    </message>
    <message>
        <source>Log another contact</source>
        <comment>@action:button</comment>
        <translation>Regjistro një kontakt tjetër</translation>
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
        <translation>Çfarë mund të marr</translation>
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
        <translation>Si ta marrësh: %1</translation>
    </message>
    <message>
        <source>Ask for this</source>
        <comment>@action:button</comment>
        <translation>Kërko këtë</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Kërko %1</translation>
    </message>
    <message>
        <source>Update status</source>
        <comment>@action:button</comment>
        <translation>Përditëso gjendjen</translation>
    </message>
    <message>
        <source>Update the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">Përditëso gjendjen e %1</translation>
    </message>
    <message>
        <source>No items of the local offer match right now.</source>
        <comment>@info</comment>
        <translation>Tani asnjë gjë nga oferta vendore nuk përputhet.</translation>
    </message>
    <message>
        <source>Ask your PA what help you can get.</source>
        <comment>@info</comment>
        <translation>Pyet këshilltarin tënd çfarë ndihme mund të marrësh.</translation>
    </message>
    <message>
        <source>Ask for this: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">Kërko këtë: %1</translation>
    </message>
</context>
<context>
    <name>Pathway::AlertListModel</name>
    <message>
        <source>Coming due</source>
        <comment>@info alert tier</comment>
        <translation>Afati po vjen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>@info alert tier</comment>
        <translation>Me vonesë</translation>
    </message>
    <message>
        <source>Escalated to a manager</source>
        <comment>@info alert tier</comment>
        <translation>Dërguar te menaxheri</translation>
    </message>
    <message>
        <source>Contact may be lost</source>
        <comment>@info alert tier</comment>
        <extracomment>The young person has not been contacted for so long they may be lost to the service</extracomment>
        <translation>Kontakti mund të jetë humbur</translation>
    </message>
    <message>
        <source>Needs action now</source>
        <comment>@info alert tier</comment>
        <translation>Duhet veprim tani</translation>
    </message>
    <message>
        <source>A young person not on this device yet</source>
        <comment>@info</comment>
        <translation>Një i ri që ende nuk është në këtë pajisje</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: when something is due</extracomment>
        <translation>Afati %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: since when the alert&apos;s condition has been true</extracomment>
        <translation>Që nga %1</translation>
    </message>
    <message>
        <source>For a manager</source>
        <comment>@info alert audience</comment>
        <translation>Për një menaxher</translation>
    </message>
    <message>
        <source>For the PA</source>
        <comment>@info alert audience</comment>
        <translation>Për këshilltarin</translation>
    </message>
    <message>
        <source>a member of staff</source>
        <comment>@info who acknowledged</comment>
        <translation>një punonjës</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <comment>@info alert</comment>
        <extracomment>%1 a member of staff, %2 a date and time</extracomment>
        <translation>Konfirmuar nga %1 më %2</translation>
    </message>
    <message>
        <source>Acknowledgement as last checked with the server.</source>
        <comment>@info alert</comment>
        <translation>Konfirmimi, siç u kontrollua për herë të fundit me serverin.</translation>
    </message>
    <message>
        <source>Found on this device. The server has not listed it yet, so it cannot be acknowledged yet.</source>
        <comment>@info alert</comment>
        <translation>U gjet në këtë pajisje. Serveri ende nuk e ka listuar, ndaj ende nuk mund të konfirmohet.</translation>
    </message>
    <message>
        <source>Acknowledging needs a connection to the server.</source>
        <comment>@info alert</comment>
        <translation>Konfirmimi kërkon lidhje me serverin.</translation>
    </message>
    <message>
        <source>Sending the acknowledgement…</source>
        <comment>@info alert</comment>
        <translation>Po dërgohet konfirmimi…</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>Cakto një këshilltar</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>Hap dosjen</translation>
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
        <translation>Demo: këto sinjalizime llogariten në këtë pajisje. Asgjë nuk dërgohet, ndaj nuk mund të konfirmohen.</translation>
    </message>
    <message>
        <source>This device is not signed in to the server, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>Kjo pajisje nuk është e lidhur me serverin, ndaj kjo listë llogaritet në këtë pajisje. Konfirmimi kërkon lidhje.</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so this list is worked out on this device. Sign in again to acknowledge alerts.</source>
        <comment>@info</comment>
        <translation>Hyrja jote ka skaduar, ndaj kjo listë llogaritet në këtë pajisje. Hyr përsëri për të konfirmuar sinjalizimet.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>Po kontrollohet me serverin…</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>Serveri nuk arrihet, ndaj kjo listë llogaritet në këtë pajisje. Konfirmimi kërkon lidhje.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device, with the acknowledgements as they were on %1. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>Serveri nuk arrihet, ndaj kjo listë llogaritet në këtë pajisje, me konfirmimet siç ishin më %1. Konfirmimi kërkon lidhje.</translation>
    </message>
    <message>
        <source>Checked with the server on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>Kontrolluar me serverin më %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need(s) action.</source>
        <comment>@info</comment>
        <extracomment>The first sentence of the alerts page&apos;s summary; the second is separate so each can take plurals</extracomment>
        <translation>
            <numerusform>%n sinjalizim ka nevojë për veprim.</numerusform>
            <numerusform>%n sinjalizime kanë nevojë për veprim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged.</source>
        <comment>@info alerts</comment>
        <translation>
            <numerusform>%n i konfirmuar.</numerusform>
            <numerusform>%n të konfirmuara.</numerusform>
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
        <translation>Shkruaj një shënim: çfarë po bëhet për këtë, ose pse mund të presë.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n character(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Shënimi është shumë i gjatë: më së shumti %n shkronjë.</numerusform>
            <numerusform>Shënimi është shumë i gjatë: më së shumti %n shkronja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: your sign-in has expired. Sign in again, then acknowledge.</source>
        <comment>@info</comment>
        <translation>Nuk u dërgua: hyrja jote ka skaduar. Hyr përsëri, pastaj konfirmo.</translation>
    </message>
    <message>
        <source>Not sent: acknowledging needs a connection to the server. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>Nuk u dërgua: konfirmimi kërkon lidhje me serverin. Shënimi yt ruhet këtu; provo përsëri kur të jesh në linjë.</translation>
    </message>
    <message>
        <source>Not sent: the server has not listed this alert yet. It can be acknowledged after the next sync.</source>
        <comment>@info</comment>
        <translation>Nuk u dërgua: serveri ende nuk e ka listuar këtë sinjalizim. Mund të konfirmohet pas sinkronizimit të ardhshëm.</translation>
    </message>
    <message>
        <source>Acknowledged. Everyone who sees this alert now sees your note.</source>
        <comment>@info</comment>
        <translation>U konfirmua. Kushdo që e sheh këtë sinjalizim tani sheh shënimin tënd.</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>Nuk u dërgua: serveri nuk arrihet. Shënimi yt ruhet këtu; provo përsëri kur të jesh në linjë.</translation>
    </message>
    <message>
        <source>Not acknowledged: this alert has cleared on the server in the meantime.</source>
        <comment>@info</comment>
        <translation>Nuk u konfirmua: ky sinjalizim është zgjidhur ndërkohë në server.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server no longer shows you this alert.</source>
        <comment>@info</comment>
        <translation>Nuk u konfirmua: serveri nuk ta tregon më këtë sinjalizim.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept the note. Write a shorter note and try again.</source>
        <comment>@info</comment>
        <translation>Nuk u konfirmua: serveri nuk e pranoi shënimin. Shkruaj një shënim më të shkurtër dhe provo përsëri.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept it. Try again later.</source>
        <comment>@info</comment>
        <translation>Nuk u konfirmua: serveri nuk e pranoi. Provo përsëri më vonë.</translation>
    </message>
</context>
<context>
    <name>Pathway::AppController</name>
    <message>
        <source>The first sync did not finish. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>Sinkronizimi i parë nuk mbaroi. Kontrollo lidhjen dhe provo përsëri.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>Hyrja jote ka skaduar. Ndryshimet e tua ruhen në këtë pajisje.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters or digits.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Përdor të paktën %n shkronjë ose shifër.</numerusform>
            <numerusform>Përdor të paktën %n shkronja ose shifra.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different. Type the same one twice.</source>
        <comment>@info</comment>
        <translation>Të dyja nuk janë njësoj. Shkruaj të njëjtën gjë dy herë.</translation>
    </message>
    <message>
        <source>Sign in first: go back and type your e-mail and password, or your code.</source>
        <comment>@info</comment>
        <translation>Hyr fillimisht: kthehu dhe shkruaj email-in dhe fjalëkalimin, ose kodin tënd.</translation>
    </message>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation type="vanished">Shkruaj kodin e ri nga këshilltari yt.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation type="vanished">Shkruaj fjalëkalimin tënd.</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation type="vanished">Ai kod është për dikë tjetër. Ky telefon ruan të dhënat e tua, ndaj këtu funksionon vetëm një kod i bërë për ty. Kërkoji këshilltarit një kod të ri.</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation type="vanished">Kjo është një llogari tjetër. Kjo pajisje ruan të dhënat e personit që e përgatiti, ndaj vetëm ai mund të hyjë këtu. Asgjë nuk ndryshoi.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation type="vanished">
            <numerusform>Shumë përpjekje. Prit %n sekondë, pastaj provo përsëri.</numerusform>
            <numerusform>Shumë përpjekje. Prit %n sekonda, pastaj provo përsëri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation type="vanished">Serveri nuk arrihet. Ndryshimet e tua ruhen; provo përsëri kur të jesh në linjë.</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">Ai kod nuk funksionoi. Mund të jetë përdorur ose të ketë skaduar: kërkoji këshilltarit një të ri. Asgjë në këtë telefon nuk ndryshoi.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">Ai fjalëkalim nuk është i saktë. Asgjë në këtë pajisje nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation type="vanished">Hyrja nuk funksionoi. Ndryshimet e tua ruhen; provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>This device was signed out by your leaving-care service and the information on it was removed. If this is your device, sign in again.</source>
        <comment>@info</comment>
        <translation>Kjo pajisje u nxor nga llogaria nga shërbimi yt për të larguarit nga kujdesi dhe të dhënat u fshinë. Nëse kjo është pajisja jote, hyr përsëri.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <comment>@info</comment>
        <translation>Ajo frazë kalimi nuk është e saktë. Provo përsëri.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <comment>@info</comment>
        <translation>Shumë përpjekje të gabuara. Prit, pastaj provo përsëri.</translation>
    </message>
    <message>
        <source>This device&apos;s key store cannot be reached. Unlock the device and try again.</source>
        <comment>@info</comment>
        <translation>Ruajtja e çelësave e kësaj pajisjeje nuk arrihet. Zhblloko pajisjen dhe provo përsëri.</translation>
    </message>
    <message>
        <source>There is no data on this device yet.</source>
        <comment>@info</comment>
        <translation>Ende nuk ka të dhëna në këtë pajisje.</translation>
    </message>
    <message>
        <source>This device already has data. Unlock it instead.</source>
        <comment>@info</comment>
        <translation>Kjo pajisje ka tashmë të dhëna. Zhbllokoje në vend të kësaj.</translation>
    </message>
    <message>
        <source>This device&apos;s data file is missing. Nothing was replaced. Restore it from a backup, or sign in again to download your records.</source>
        <comment>@info</comment>
        <translation>Skedari i të dhënave të kësaj pajisjeje mungon. Asgjë nuk u zëvendësua. Riktheje nga një kopje rezervë, ose hyr përsëri për të shkarkuar dosjet e tua.</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <comment>@info</comment>
        <translation>Të dhënat në këtë pajisje nuk u hapën.</translation>
    </message>
</context>
<context>
    <name>Pathway::AttentionNotifier</name>
    <message>
        <source>Open alerts</source>
        <comment>@action:button notification</comment>
        <extracomment>The button of an OS notification that opens the alerts page</extracomment>
        <translation>Hap sinjalizimet</translation>
    </message>
    <message numerus="yes">
        <source>%n young people in your team have a new alert for a manager</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a manager&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>%n i ri në ekipin tënd ka një sinjalizim të ri për menaxherin</numerusform>
            <numerusform>%n të rinj në ekipin tënd kanë një sinjalizim të ri për menaxherin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n young people on your caseload have a new alert</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a PA&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>%n i ri në listën tënde ka një sinjalizim të ri</numerusform>
            <numerusform>%n të rinj në listën tënde kanë një sinjalizim të ri</numerusform>
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
            <numerusform>%n i ri.</numerusform>
            <numerusform>%n të rinj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n ka nevojë për vëmendje.</numerusform>
            <numerusform>%n kanë nevojë për vëmendje.</numerusform>
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
        <translation>Asgjë me vonesë</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>@info other alerts</comment>
        <translation>
            <numerusform>dhe %n tjetër</numerusform>
            <numerusform>dhe %n të tjera</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <comment>@info</comment>
        <translation>Kontakti i fundit %1</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <comment>@info</comment>
        <translation>Nuk ka kontakt të regjistruar</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>Kërkoi të flasë sot</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>Kërkoi të flasë</translation>
    </message>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>Mosha %1, %2</translation>
    </message>
    <message>
        <source>No PA</source>
        <comment>@info</comment>
        <translation>Pa këshilltar</translation>
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
        <translation>Një këshilltar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Pathway::CircumstancesController</name>
    <message>
        <source>No activity recorded yet.</source>
        <comment>@info</comment>
        <translation>Ende nuk është regjistruar asnjë aktivitet.</translation>
    </message>
    <message>
        <source>%1, since %2.</source>
        <comment>@info activity</comment>
        <extracomment>%1 an activity (&quot;Other education, full time&quot;), %2 a date</extracomment>
        <translation>%1, që nga %2.</translation>
    </message>
    <message>
        <source>No accommodation recorded yet.</source>
        <comment>@info</comment>
        <translation>Ende nuk është regjistruar asnjë strehim.</translation>
    </message>
    <message>
        <source>%1, suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Independent living&quot;), %2 a date</extracomment>
        <translation>%1, i përshtatshëm, që nga %2.</translation>
    </message>
    <message>
        <source>%1, not suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Bed and breakfast&quot;), %2 a date</extracomment>
        <translation>%1, jo i përshtatshëm, që nga %2.</translation>
    </message>
    <message>
        <source>Worked out from contacts around each birthday; nothing else recorded.</source>
        <comment>@info</comment>
        <translation>Llogaritur nga kontaktet rreth çdo ditëlindjeje; nuk është regjistruar asgjë tjetër.</translation>
    </message>
    <message>
        <source>%1, recorded from %2.</source>
        <comment>@info in touch</comment>
        <extracomment>%1 an in-touch status (&quot;Refuses contact&quot;), %2 a date</extracomment>
        <translation>%1, regjistruar nga %2.</translation>
    </message>
    <message>
        <source>disability not recorded</source>
        <comment>@info</comment>
        <translation>aftësia e kufizuar nuk është regjistruar</translation>
    </message>
    <message>
        <source>has a disability</source>
        <comment>@info</comment>
        <translation>ka aftësi të kufizuara</translation>
    </message>
    <message>
        <source>no disability</source>
        <comment>@info</comment>
        <translation>pa aftësi të kufizuara</translation>
    </message>
    <message>
        <source>Gender: %1. Ethnicity: %2. %3.</source>
        <comment>@info</comment>
        <extracomment>%1 gender, %2 ethnicity, %3 disability (&quot;no disability&quot;)</extracomment>
        <translation>Gjinia: %1. Etnia: %2. %3.</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <comment>@option</comment>
        <translation>Ka aftësi të kufizuara</translation>
    </message>
    <message>
        <source>No disability</source>
        <comment>@option</comment>
        <translation>Pa aftësi të kufizuara</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@option</comment>
        <translation>Nuk është regjistruar</translation>
    </message>
    <message>
        <source>Choose the day it started.</source>
        <comment>@info</comment>
        <translation>Zgjidh ditën kur filloi.</translation>
    </message>
    <message>
        <source>The activity is recorded.</source>
        <comment>@info</comment>
        <translation>Aktiviteti u regjistrua.</translation>
    </message>
    <message>
        <source>Choose the day they moved in.</source>
        <comment>@info</comment>
        <translation>Zgjidh ditën kur u zhvendosën.</translation>
    </message>
    <message>
        <source>The accommodation is recorded.</source>
        <comment>@info</comment>
        <translation>Strehimi u regjistrua.</translation>
    </message>
    <message>
        <source>Choose the day it applies from.</source>
        <comment>@info</comment>
        <translation>Zgjidh ditën nga e cila vlen.</translation>
    </message>
    <message>
        <source>The in-touch status is recorded.</source>
        <comment>@info</comment>
        <translation>Statusi i kontaktit u regjistrua.</translation>
    </message>
    <message>
        <source>You cannot change this record.</source>
        <comment>@info</comment>
        <translation>Nuk mund ta ndryshosh këtë regjistrim.</translation>
    </message>
    <message>
        <source>Gender, ethnicity and disability are saved.</source>
        <comment>@info</comment>
        <translation>Gjinia, etnia dhe aftësia e kufizuar u ruajtën.</translation>
    </message>
</context>
<context>
    <name>Pathway::ConflictsModel</name>
    <message>
        <source>The young person&apos;s own words</source>
        <comment>@title conflict</comment>
        <translation>Fjalët e vetë të riut</translation>
    </message>
    <message>
        <source>The goal</source>
        <comment>@title conflict</comment>
        <translation>Qëllimi</translation>
    </message>
    <message>
        <source>What happens if the plan stops working</source>
        <comment>@title conflict</comment>
        <translation>Çfarë ndodh nëse plani nuk funksionon</translation>
    </message>
    <message>
        <source>The notes</source>
        <comment>@title conflict</comment>
        <translation>Shënimet</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@title conflict</comment>
        <translation>Një hap në plan</translation>
    </message>
    <message>
        <source>A text</source>
        <comment>@title conflict</comment>
        <translation>Një tekst</translation>
    </message>
    <message>
        <source>Plan, %1: %2</source>
        <comment>@title conflict</comment>
        <extracomment>%1 a plan area, %2 which text in it, e.g. &quot;Plan, Health: The goal&quot;</extracomment>
        <translation>Plani, %1: %2</translation>
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
        <translation>%1. Në këtë pajisje: %2. Nga serveri: %3</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactLogController</name>
    <message>
        <source>The visit with %1 is already saved (%2).</source>
        <comment>@info</comment>
        <extracomment>%1 name, %2 the time it was saved</extracomment>
        <translation>Vizita me %1 është ruajtur tashmë (%2).</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <comment>@info</comment>
        <translation>Vizita nuk u ruajt.</translation>
    </message>
    <message>
        <source>Visit with %1 saved on this device.</source>
        <comment>@info</comment>
        <translation>Vizita me %1 u ruajt në këtë pajisje.</translation>
    </message>
    <message>
        <source>Choose who the contact was with.</source>
        <comment>@info</comment>
        <translation>Zgjidh me kë ishte kontakti.</translation>
    </message>
    <message>
        <source>Choose when the contact happened.</source>
        <comment>@info</comment>
        <translation>Zgjidh kur ndodhi kontakti.</translation>
    </message>
    <message>
        <source>%1 is in the future. Choose when the contact happened: now or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the time chosen</extracomment>
        <translation>%1 është në të ardhmen. Zgjidh kur ndodhi kontakti: tani ose më herët.</translation>
    </message>
    <message>
        <source>Some of that is missing or too long.</source>
        <comment>@info</comment>
        <translation>Diçka mungon ose është shumë e gjatë.</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <comment>@info</comment>
        <translation>Kontakti nuk u ruajt.</translation>
    </message>
    <message>
        <source>%1 with %2 saved on this device.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact, %2 name</extracomment>
        <translation>%1 me %2 u ruajt në këtë pajisje.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>@info</comment>
        <translation>Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Give a reason for the amendment.</source>
        <comment>@info</comment>
        <translation>Jep një arsye për ndryshimin.</translation>
    </message>
    <message>
        <source>Amendment saved. The original contact is kept.</source>
        <comment>@info</comment>
        <translation>Ndryshimi u ruajt. Kontakti origjinal mbahet.</translation>
    </message>
    <message>
        <source>That contact is not on this device.</source>
        <comment>@info</comment>
        <translation>Ai kontakt nuk është në këtë pajisje.</translation>
    </message>
    <message>
        <source>This contact is marked as entered in error.</source>
        <comment>@info</comment>
        <translation>Ky kontakt është shënuar si i regjistruar gabim.</translation>
    </message>
    <message>
        <source>Say why this contact was entered in error.</source>
        <comment>@info</comment>
        <translation>Thuaj pse ky kontakt u regjistrua gabim.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <comment>@info</comment>
        <translation>Arsyeja është shumë e gjatë.</translation>
    </message>
    <message>
        <source>The contact could not be marked as entered in error.</source>
        <comment>@info</comment>
        <translation>Kontakti nuk u shënua dot si i regjistruar gabim.</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact, and the request to talk it answered is open again. The original stays on the record.</source>
        <comment>@info</comment>
        <translation>U shënua si i regjistruar gabim. Nuk numërohet më si kontakt, dhe kërkesa për të folur që ai u përgjigj është sërish e hapur. Origjinali mbetet në dosje.</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact; the original stays on the record.</source>
        <comment>@info</comment>
        <translation>U shënua si i regjistruar gabim. Nuk numërohet më si kontakt; origjinali mbetet në dosje.</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestController</name>
    <message>
        <source>Call %1 on %2</source>
        <comment>@action:button</comment>
        <extracomment>A button that phones: %1 who, %2 their number</extracomment>
        <translation>Telefono %1 në %2</translation>
    </message>
    <message>
        <source>Out-of-hours team</source>
        <comment>@info helpline</comment>
        <translation>Ekipi jashtë orarit</translation>
    </message>
    <message>
        <source>When your PA cannot answer</source>
        <comment>@info helpline</comment>
        <translation>Kur këshilltari yt nuk mund të përgjigjet</translation>
    </message>
    <message>
        <source>Emergency: police, ambulance, fire</source>
        <comment>@info helpline</comment>
        <translation>Urgjenca: policia, ambulanca, zjarrfikësit</translation>
    </message>
    <message>
        <source>If you or someone else is in danger now</source>
        <comment>@info helpline</comment>
        <translation>Nëse ti ose dikush tjetër je në rrezik tani</translation>
    </message>
    <message>
        <source>Childline</source>
        <comment>@info helpline</comment>
        <translation>Childline</translation>
    </message>
    <message>
        <source>Free, day or night, if you are under 19</source>
        <comment>@info helpline</comment>
        <translation>Falas, ditë e natë, nëse je nën 19 vjeç</translation>
    </message>
    <message>
        <source>Samaritans</source>
        <comment>@info helpline</comment>
        <translation>Samaritans</translation>
    </message>
    <message>
        <source>Free, day or night, whatever you are going through</source>
        <comment>@info helpline</comment>
        <translation>Falas, ditë e natë, çfarëdo që po kalon</translation>
    </message>
    <message>
        <source>This request has been answered already.</source>
        <comment>@info</comment>
        <translation>Kjo kërkesë ka marrë tashmë përgjigje.</translation>
    </message>
    <message>
        <source>This request is no longer on this device.</source>
        <comment>@info</comment>
        <translation>Kjo kërkesë nuk është më në këtë pajisje.</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <comment>@info</comment>
        <translation>Shkruaj fillimisht përgjigjen.</translation>
    </message>
    <message>
        <source>The reply could not be saved. It may be too long.</source>
        <comment>@info</comment>
        <translation>Përgjigjja nuk u ruajt. Mund të jetë shumë e gjatë.</translation>
    </message>
    <message>
        <source>Reply saved on this device. It is sent when you are online.</source>
        <comment>@info</comment>
        <translation>Përgjigjja u ruajt në këtë pajisje. Dërgohet kur të jesh në linjë.</translation>
    </message>
    <message>
        <source>Choose how you talked.</source>
        <comment>@info</comment>
        <translation>Zgjidh si folët.</translation>
    </message>
    <message>
        <source>The contact could not be saved. The notes may be too long.</source>
        <comment>@info</comment>
        <translation>Kontakti nuk u ruajt. Shënimet mund të jenë shumë të gjata.</translation>
    </message>
    <message>
        <source>%1 saved on this device. The request is answered.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact (&quot;Phone call&quot;)</extracomment>
        <translation>%1 u ruajt në këtë pajisje. Kërkesa mori përgjigje.</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestsModel</name>
    <message>
        <source>%1 at %2</source>
        <comment>@info</comment>
        <extracomment>%1 how long ago (&quot;today&quot;, &quot;3 days ago&quot;), %2 a time (&quot;18:40&quot;)</extracomment>
        <translation>%1 në %2</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>Kërkoi të flasë sot</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>Kërkoi të flasë</translation>
    </message>
    <message>
        <source>You asked to talk today</source>
        <comment>@info request</comment>
        <translation>Kërkove të flasësh sot</translation>
    </message>
    <message>
        <source>You asked to talk</source>
        <comment>@info request</comment>
        <translation>Kërkove të flasësh</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>@info:status request</comment>
        <translation>Në pritje</translation>
    </message>
    <message>
        <source>Saved on your phone. It goes to your PA when you are online.</source>
        <comment>@info:status</comment>
        <translation>U ruajt në telefonin tënd. I shkon këshilltarit kur të jesh në linjë.</translation>
    </message>
    <message>
        <source>Not accepted: ask your PA in another way.</source>
        <comment>@info:status</comment>
        <translation>Nuk u pranua: pyet këshilltarin në një mënyrë tjetër.</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <comment>@info:status</comment>
        <translation>Pret përgjigjen tënde</translation>
    </message>
    <message>
        <source>Your PA has it. Waiting for an answer.</source>
        <comment>@info:status</comment>
        <translation>Këshilltari yt e ka. Pret një përgjigje.</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>@info:status</comment>
        <translation>U përgjigj</translation>
    </message>
    <message>
        <source>Your PA</source>
        <comment>@info</comment>
        <translation>Këshilltari yt</translation>
    </message>
    <message>
        <source>%1 replied: %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 their reply</extracomment>
        <translation>%1 u përgjigj: %2</translation>
    </message>
    <message>
        <source>%1 answered: %2, %3</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 kind of contact (&quot;Phone&quot;), %3 when</extracomment>
        <translation>%1 u përgjigj: %2, %3</translation>
    </message>
    <message>
        <source>Answered by %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 when</extracomment>
        <translation>U përgjigj nga %1, %2</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>@info:status</comment>
        <translation>U tërhoq</translation>
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
        <translation>%1, %2. %3. %4</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactsModel</name>
    <message>
        <source>We talked</source>
        <comment>@info contact outcome</comment>
        <translation>Folëm</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <comment>@info contact outcome</comment>
        <translation>Nuk u arrit</translation>
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
        <translation>Regjistruar gabim: %1 (shënuar nga %2)</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <comment>@info</comment>
        <extracomment>%1 why the contact was entered in error</extracomment>
        <translation>Regjistruar gabim: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@info contact outcome</comment>
        <translation>Regjistruar gabim</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 kind of contact, %2 when, %3 outcome</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Pathway::CopyToKeepController</name>
    <message>
        <source>That copy could not be made. Choose a folder on this device.</source>
        <comment>@info</comment>
        <translation>Kopja nuk u bë dot. Zgjidh një dosje në këtë pajisje.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <comment>@info</comment>
        <translation>Kopja nuk u ruajt dot atje. Zgjidh një dosje tjetër.</translation>
    </message>
    <message>
        <source>Saved as %1. Open it to print or share it.</source>
        <comment>@info</comment>
        <extracomment>%1 the file&apos;s name, e.g. pathway-plan-2026-12-06.pdf</extracomment>
        <translation>U ruajt si %1. Hape për ta printuar ose ndarë.</translation>
    </message>
    <message>
        <source>Saved as %1, but this device could not note it in the record.</source>
        <comment>@info</comment>
        <translation>U ruajt si %1, por kjo pajisje nuk e shënoi dot në dosje.</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentEditController</name>
    <message>
        <source>A document</source>
        <comment>@title</comment>
        <translation>Një dokument</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <comment>@item:inlistbox who is helping</comment>
        <translation>Askush ende</translation>
    </message>
    <message>
        <source>%1 (their PA)</source>
        <comment>@item:inlistbox</comment>
        <extracomment>%1 the PA&apos;s name</extracomment>
        <translation>%1 (këshilltari i tyre)</translation>
    </message>
    <message>
        <source>%1 says they have it now. Check it, then save it as &quot;Have it&quot;.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>%1 thotë se e ka tani. Kontrolloje, pastaj ruaje si “E kam”.</translation>
    </message>
    <message>
        <source>%1 asked for help with this.</source>
        <comment>@info</comment>
        <translation>%1 kërkoi ndihmë për këtë.</translation>
    </message>
    <message>
        <source>Choose which document to add.</source>
        <comment>@info</comment>
        <translation>Zgjidh cilin dokument të shtosh.</translation>
    </message>
    <message>
        <source>The expiry date is before the day they got it. Check the expiry date.</source>
        <comment>@info</comment>
        <translation>Data e skadimit është para ditës që e morën. Kontrollo datën e skadimit.</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <comment>@info document</comment>
        <translation>%1 u përditësua.</translation>
    </message>
    <message>
        <source>%1: confirmed that they have it.</source>
        <comment>@info document</comment>
        <translation>%1: u konfirmua që e kanë.</translation>
    </message>
    <message>
        <source>Thank you. Your PA will check it and confirm.</source>
        <comment>@info</comment>
        <translation>Faleminderit. Këshilltari yt do ta kontrollojë dhe konfirmojë.</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentsModel</name>
    <message>
        <source>Out of date</source>
        <comment>@info:status document</comment>
        <translation>I skaduar</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>Skadon %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info</comment>
        <translation>Afati %1</translation>
    </message>
    <message>
        <source>%1 is helping</source>
        <comment>@info</comment>
        <extracomment>%1 is a person, e.g. the PA&apos;s name</extracomment>
        <translation>%1 po ndihmon</translation>
    </message>
    <message>
        <source>%1. %2 is helping</source>
        <comment>@info</comment>
        <translation>%1. %2 po ndihmon</translation>
    </message>
    <message>
        <source>They asked for help.</source>
        <comment>@info document</comment>
        <translation>Kërkuan ndihmë.</translation>
    </message>
    <message>
        <source>%1. They asked for help.</source>
        <comment>@info document</comment>
        <translation>%1. Kërkuan ndihmë.</translation>
    </message>
    <message>
        <source>Says they have it: confirm</source>
        <comment>@info:status document</comment>
        <translation>Thotë se e ka: konfirmo</translation>
    </message>
    <message>
        <source>Waiting for your PA to confirm</source>
        <comment>@info:status document</comment>
        <translation>Pret konfirmimin e këshilltarit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Pathway::EnrolCodeController</name>
    <message>
        <source>It works once, until %1 at %2.</source>
        <comment>@info</comment>
        <extracomment>%1 is a date, e.g. &quot;Wednesday, 9 December 2026&quot;; %2 a time, e.g. &quot;14:05&quot;</extracomment>
        <translation>Funksionon një herë, deri më %1 në %2.</translation>
    </message>
    <message>
        <source>Waiting for their phone to use the code.</source>
        <comment>@info</comment>
        <translation>Pret që telefoni i tyre ta përdorë kodin.</translation>
    </message>
    <message>
        <source>Done: %1&apos;s phone is set up. Their plan arrives on it now.</source>
        <comment>@info</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>U bë: telefoni i %1 është gati. Plani i tyre po mbërrin tani.</translation>
    </message>
    <message>
        <source>This code has run out before it was used. Make a new one.</source>
        <comment>@info</comment>
        <translation>Ky kod skadoi para se të përdorej. Bëj një të ri.</translation>
    </message>
    <message>
        <source>Making a code…</source>
        <comment>@info</comment>
        <translation>Po bëhet një kod…</translation>
    </message>
    <message>
        <source>The demo has no server, so it cannot make a real code. Signed in to your council&apos;s server, this shows a code and a QR code for their phone.</source>
        <comment>@info</comment>
        <translation>Demo nuk ka server, ndaj nuk mund të bëjë kod të vërtetë. I lidhur me serverin e këshillit tënd, këtu shfaqet një kod dhe një kod QR për telefonin e tyre.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Making a code needs a connection: try again when you are online.</source>
        <comment>@info</comment>
        <translation>Serveri nuk arrihet. Bërja e kodit kërkon lidhje: provo përsëri kur të jesh në linjë.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again, then make the code.</source>
        <comment>@info</comment>
        <translation>Hyrja jote ka skaduar. Hyr përsëri, pastaj bëj kodin.</translation>
    </message>
    <message>
        <source>Only their PA or their PA&apos;s manager can make a code for their phone.</source>
        <comment>@info</comment>
        <translation>Vetëm këshilltari i tyre ose menaxheri i këshilltarit mund të bëjë kod për telefonin e tyre.</translation>
    </message>
    <message>
        <source>The server could not make a code. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>Serveri nuk mundi të bëjë kod. Provo përsëri pas pak minutash.</translation>
    </message>
</context>
<context>
    <name>Pathway::EntitlementEditController</name>
    <message>
        <source>%1 since %2</source>
        <comment>@info offer status</comment>
        <extracomment>%1 a status (&quot;Claimed&quot;), %2 a date</extracomment>
        <translation>%1 që nga %2</translation>
    </message>
    <message>
        <source>Choose the date.</source>
        <comment>@info</comment>
        <translation>Zgjidh datën.</translation>
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
        <translation>Çfarë është %1?</translation>
    </message>
    <message>
        <source>PA</source>
        <comment>@info glossary word</comment>
        <extracomment>Short for personal adviser</extracomment>
        <translation>Këshilltari (PA)</translation>
    </message>
    <message>
        <source>GP</source>
        <comment>@info glossary word</comment>
        <extracomment>A family doctor (general practitioner)</extracomment>
        <translation>Mjeku (GP)</translation>
    </message>
    <message>
        <source>NHS number</source>
        <comment>@info glossary word</comment>
        <translation>Numri NHS</translation>
    </message>
    <message>
        <source>NI number</source>
        <comment>@info glossary word</comment>
        <extracomment>National Insurance number</extracomment>
        <translation>Numri NI</translation>
    </message>
    <message>
        <source>eVisa</source>
        <comment>@info glossary word</comment>
        <translation>eVisa</translation>
    </message>
    <message>
        <source>Staying Put</source>
        <comment>@info glossary word</comment>
        <translation>Qëndrimi (Staying Put)</translation>
    </message>
    <message>
        <source>Your PA (personal adviser) is the person from the council who helps you plan your life after care.</source>
        <comment>@info glossary</comment>
        <translation>Këshilltari yt (PA) është personi nga këshilli që të ndihmon të planifikosh jetën pasi del nga kujdesi.</translation>
    </message>
    <message>
        <source>Your GP is your local doctor, who you see first when you are ill.</source>
        <comment>@info glossary</comment>
        <translation>Mjeku yt (GP) është mjeku i zonës tënde. Kur sëmuresh, shkon fillimisht tek ai.</translation>
    </message>
    <message>
        <source>Your NHS number is the number that links you to your health records.</source>
        <comment>@info glossary</comment>
        <translation>Numri yt NHS është numri që të lidh me të dhënat e tua shëndetësore.</translation>
    </message>
    <message>
        <source>Your NI number is your own number for work, tax and benefits.</source>
        <comment>@info glossary</comment>
        <translation>Numri yt NI është numri yt personal për punë, taksa dhe përfitime.</translation>
    </message>
    <message>
        <source>An eVisa is the online proof of your right to live and work in the UK.</source>
        <comment>@info glossary</comment>
        <translation>eVisa është prova online e së drejtës tënde për të jetuar dhe punuar në Mbretërinë e Bashkuar.</translation>
    </message>
    <message>
        <source>Staying Put means you can keep living with your foster carers after you turn 18.</source>
        <comment>@info glossary</comment>
        <translation>Qëndrimi (Staying Put) do të thotë që mund të vazhdosh të jetosh me familjen tënde kujdestare (foster carers) pasi mbush 18 vjeç.</translation>
    </message>
</context>
<context>
    <name>Pathway::HandoverController</name>
    <message>
        <source>Your health history has not been handed to you yet. Your PA will do this before you are 18.</source>
        <comment>@info</comment>
        <translation>Historia jote shëndetësore ende nuk të është dhënë. Këshilltari yt do ta bëjë këtë para se të mbushësh 18 vjeç.</translation>
    </message>
    <message>
        <source>The health history has not been handed over yet.</source>
        <comment>@info</comment>
        <translation>Historia shëndetësore ende nuk është dorëzuar.</translation>
    </message>
    <message>
        <source>Handed over on %1, but the young person does not have their copy yet.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>U dorëzua më %1, por i riu ende nuk e ka kopjen e vet.</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>Historia jote shëndetësore të është dhënë më %1.</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1 (%2).</source>
        <comment>@info</comment>
        <translation>Historia jote shëndetësore të është dhënë më %1 (%2).</translation>
    </message>
    <message>
        <source>Health history handed over on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>Historia shëndetësore u dorëzua më %1.</translation>
    </message>
    <message>
        <source>Health history handed over on %1 (%2).</source>
        <comment>@info</comment>
        <translation>Historia shëndetësore u dorëzua më %1 (%2).</translation>
    </message>
    <message>
        <source>Choose the day it was handed over.</source>
        <comment>@info</comment>
        <translation>Zgjidh ditën kur u dorëzua.</translation>
    </message>
    <message>
        <source>The health history handover is recorded.</source>
        <comment>@info</comment>
        <translation>Dorëzimi i historisë shëndetësore u regjistrua.</translation>
    </message>
</context>
<context>
    <name>Pathway::HealthModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 title, %2 kind, %3 date</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Pathway::NavigationModel</name>
    <message>
        <source>Home</source>
        <comment>@title:page</comment>
        <translation>Kreu</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>@action:inmenu short</comment>
        <extracomment>Bottom navigation on a phone: one short word</extracomment>
        <translation>Kreu</translation>
    </message>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>Plani im</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@action:inmenu short</comment>
        <translation>Plani</translation>
    </message>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>Shëndeti im</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@action:inmenu short</comment>
        <translation>Shëndeti</translation>
    </message>
    <message>
        <source>What I can get</source>
        <comment>@title:page</comment>
        <extracomment>The local offer: what a care leaver can get from the council</extracomment>
        <translation>Çfarë mund të marr</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@action:inmenu short</comment>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>Dokumentet e mia</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>@action:inmenu short</comment>
        <translation>Letrat</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <extracomment>PA = personal adviser</extracomment>
        <translation>Fol me këshilltarin tim</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@action:inmenu short</comment>
        <translation>Këshilltari</translation>
    </message>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>Të rinjtë e mi</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@action:inmenu short</comment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>Regjistro një kontakt</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>@action:inmenu short</comment>
        <translation>Regjistro</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <extracomment>Staff page: every alert of the caseload or team, to act on or acknowledge</extracomment>
        <translation>Sinjalizime</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@action:inmenu short</comment>
        <translation>Sinjalizime</translation>
    </message>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>Pamja e ekipit</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>@action:inmenu short</comment>
        <translation>Ekipi</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@title:page</comment>
        <translation>Cakto një këshilltar</translation>
    </message>
    <message>
        <source>Allocate</source>
        <comment>@action:inmenu short</comment>
        <translation>Cakto</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>Listat e këshilltarëve</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@action:inmenu short</comment>
        <translation>Listat</translation>
    </message>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>Rishikime plani për t&apos;u nënshkruar</translation>
    </message>
    <message>
        <source>Reviews</source>
        <comment>@action:inmenu short</comment>
        <translation>Rishikimet</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@action:inmenu short</comment>
        <translation>Cilësimet</translation>
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
        <translation>Performanca</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>@action:inmenu short</comment>
        <translation>Performanca</translation>
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
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. No longer offered to new claims</source>
        <comment>@info:status offer</comment>
        <extracomment>An offer item the council no longer offers to new claims; %1 the young person&apos;s status for it</extracomment>
        <translation>%1. Nuk ofrohet më për kërkesa të reja</translation>
    </message>
</context>
<context>
    <name>Pathway::PerformanceController</name>
    <message>
        <source>Contact in the last 8 weeks</source>
        <comment>@title figure</comment>
        <translation>Kontakt në 8 javët e fundit</translation>
    </message>
    <message>
        <source>Plan reviewed in the last 6 months</source>
        <comment>@title figure</comment>
        <translation>Plani i rishikuar në 6 muajt e fundit</translation>
    </message>
    <message>
        <source>Health history handed over by 18</source>
        <comment>@title figure</comment>
        <translation>Historia shëndetësore e dorëzuar deri në moshën 18 vjeç</translation>
    </message>
    <message>
        <source>Photo ID and bank account by 18</source>
        <comment>@title figure</comment>
        <translation>Dokument identiteti me foto dhe llogari bankare deri në moshën 18 vjeç</translation>
    </message>
    <message>
        <source>Not in education, work or training (NEET)</source>
        <comment>@title figure</comment>
        <extracomment>NEET: not in education, employment or training</extracomment>
        <translation>Jashtë shkollës, punës ose trajnimit (NEET)</translation>
    </message>
    <message>
        <source>In touch around their latest birthday</source>
        <comment>@title figure</comment>
        <translation>Në kontakt rreth ditëlindjes së fundit</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@title figure</comment>
        <translation>Nuk ka këshilltar të caktuar</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@title figure</comment>
        <translation>Ngarkesa e punës</translation>
    </message>
    <message>
        <source>Of every care leaver.</source>
        <comment>@info figure group</comment>
        <translation>Nga të gjithë të rinjtë që largohen nga kujdesi.</translation>
    </message>
    <message>
        <source>Of everyone aged 18 or over.</source>
        <comment>@info figure group</comment>
        <translation>Nga të gjithë ata 18 vjeç e lart.</translation>
    </message>
    <message>
        <source>Of everyone whose activity is recorded.</source>
        <comment>@info figure group</comment>
        <translation>Nga të gjithë ata që e kanë veprimtarinë të regjistruar.</translation>
    </message>
    <message>
        <source>Of everyone whose birthday check ended in the last year.</source>
        <comment>@info figure group</comment>
        <extracomment>The DfE&apos;s &quot;in touch&quot; check: a contact within a month of the 17th to 21st birthdays</extracomment>
        <translation>Nga të gjithë ata, kontrolli i ditëlindjes së të cilëve mbaroi gjatë vitit të fundit.</translation>
    </message>
    <message>
        <source>Care leavers with no PA.</source>
        <comment>@info figure group</comment>
        <translation>Të rinjtë që largohen nga kujdesi pa këshilltar (PA).</translation>
    </message>
    <message>
        <source>Care leavers with a PA.</source>
        <comment>@info figure group</comment>
        <translation>Të rinjtë që largohen nga kujdesi me këshilltar (PA).</translation>
    </message>
    <message>
        <source>Whole team</source>
        <comment>@item:inlistbox</comment>
        <translation>I gjithë ekipi</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info figure value</comment>
        <translation>
            <numerusform>%n i ri</numerusform>
            <numerusform>%n të rinj</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group</source>
        <comment>@info figure value</comment>
        <translation>Askush në këtë grup</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <comment>@info figure value</comment>
        <extracomment>%1 a percentage (e.g. 75), %2 how many are counted, %3 out of how many</extracomment>
        <translation>%1% (%2 nga %3)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>@info month</comment>
        <extracomment>The current month on the Performance page, counted up to today; %1 month and year</extracomment>
        <translation>%1 (deri tani)</translation>
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
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>@info figure person</comment>
        <translation>Numërohet</translation>
    </message>
    <message>
        <source>Not counted</source>
        <comment>@info figure person</comment>
        <translation>Nuk numërohet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 young person, %2 counted or not</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Pathway::PlanModel</name>
    <message>
        <source>%1, by %2</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step: who does it and by when, e.g. &quot;My PA, by 12/03/2026&quot;</extracomment>
        <translation>%1, deri më %2</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>@info:status</comment>
        <translation>Me vonesë</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) to do</source>
        <comment>@info</comment>
        <extracomment>Screen reader: plan area and how many steps are still to do</extracomment>
        <translation>
            <numerusform>%1: %n hap për të bërë</numerusform>
            <numerusform>%1: %n hapa për të bërë</numerusform>
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
        <translation>U ruajt në këtë pajisje. Shkon në server kur ka lidhje.</translation>
    </message>
    <message>
        <source>Saved on this device and on the server.</source>
        <comment>@info</comment>
        <translation>U ruajt në këtë pajisje dhe në server.</translation>
    </message>
    <message>
        <source>The server did not accept this change. Check it and save again, or ask your manager.</source>
        <comment>@info</comment>
        <translation>Serveri nuk e pranoi këtë ndryshim. Kontrolloje dhe ruaje përsëri, ose pyet menaxherin tënd.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Open Conflicts to choose which to keep.</source>
        <comment>@info</comment>
        <translation>Dikush tjetër e ndryshoi këtë në të njëjtën kohë. Hap Mospërputhjet për të zgjedhur cilin të mbash.</translation>
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
        <translation>Data nuk mund të jetë në të ardhmen. Zgjidh një datë më të hershme.</translation>
    </message>
    <message>
        <source>Some of that is too long. Shorten it and try again.</source>
        <comment>@info</comment>
        <translation>Diçka është shumë e gjatë. Shkurtoje dhe provo përsëri.</translation>
    </message>
    <message>
        <source>Some of the dates do not fit together. Check them and try again.</source>
        <comment>@info</comment>
        <translation>Disa data nuk përputhen. Kontrolloji dhe provo përsëri.</translation>
    </message>
    <message>
        <source>Some of that is missing. Check and try again.</source>
        <comment>@info</comment>
        <translation>Diçka mungon. Kontrollo dhe provo përsëri.</translation>
    </message>
    <message>
        <source>You cannot make this change. Ask your PA or manager.</source>
        <comment>@info</comment>
        <translation>Nuk mund ta bësh këtë ndryshim. Pyet këshilltarin ose menaxherin.</translation>
    </message>
    <message>
        <source>That could not be saved on this device. Try again.</source>
        <comment>@info</comment>
        <translation>Nuk u ruajt dot në këtë pajisje. Provo përsëri.</translation>
    </message>
</context>
<context>
    <name>Pathway::RejectedChangesController</name>
    <message>
        <source>Not accepted: %1. %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: a change the server refused; %1 what, %2 why</extracomment>
        <translation>Nuk u pranua: %1. %2</translation>
    </message>
    <message>
        <source>That could not be changed on this device.</source>
        <comment>@info</comment>
        <translation>Nuk u ndryshua dot në këtë pajisje.</translation>
    </message>
    <message>
        <source>Your change is undone. The saved version comes back when the app syncs.</source>
        <comment>@info</comment>
        <translation>Ndryshimi yt u zhbë. Versioni i ruajtur kthehet kur aplikacioni sinkronizohet.</translation>
    </message>
    <message>
        <source>Your change is undone.</source>
        <comment>@info</comment>
        <translation>Ndryshimi yt u zhbë.</translation>
    </message>
    <message>
        <source>You cannot change this record now: they may have moved to another PA, or your role does not allow it.</source>
        <comment>@info rejected change</comment>
        <translation>Nuk mund ta ndryshosh këtë dosje tani: mund të kenë kaluar te një këshilltar tjetër, ose roli yt nuk e lejon.</translation>
    </message>
    <message>
        <source>Only your PA can make this change.</source>
        <comment>@info rejected change</comment>
        <translation>Vetëm këshilltari yt mund ta bëjë këtë ndryshim.</translation>
    </message>
    <message>
        <source>A saved contact cannot be changed.</source>
        <comment>@info rejected change</comment>
        <translation>Një kontakt i ruajtur nuk mund të ndryshohet.</translation>
    </message>
    <message>
        <source>The clock on this device is wrong.</source>
        <comment>@info rejected change</comment>
        <translation>Ora e kësaj pajisjeje është gabim.</translation>
    </message>
    <message>
        <source>Something in this change is missing or not right.</source>
        <comment>@info rejected change</comment>
        <translation>Diçka në këtë ndryshim mungon ose nuk është e saktë.</translation>
    </message>
    <message>
        <source>This record belongs to someone this device cannot change.</source>
        <comment>@info rejected change</comment>
        <translation>Kjo dosje i përket dikujt që kjo pajisje nuk mund ta ndryshojë.</translation>
    </message>
    <message>
        <source>This device was signed out by the service.</source>
        <comment>@info rejected change</comment>
        <translation>Kjo pajisje u nxor nga llogaria nga shërbimi.</translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <comment>@info rejected change</comment>
        <translation>Serveri nuk e pranoi.</translation>
    </message>
    <message>
        <source>Undo it here, and ask your manager who can make it.</source>
        <comment>@info rejected change</comment>
        <translation>Zhbëje këtu, dhe pyet menaxherin kush mund ta bëjë.</translation>
    </message>
    <message>
        <source>Undo it here, and tell your PA on the Talk page what you wanted.</source>
        <comment>@info rejected change</comment>
        <translation>Zhbëje këtu, dhe thuaji këshilltarit te faqja Fol çfarë doje.</translation>
    </message>
    <message>
        <source>Undo it here. To correct a contact, mark it entered in error and log it again.</source>
        <comment>@info rejected change</comment>
        <translation>Zhbëje këtu. Për të korrigjuar një kontakt, shënoje si të regjistruar gabim dhe regjistroje përsëri.</translation>
    </message>
    <message>
        <source>Set the right date and time in the device settings, then undo it here and make it again.</source>
        <comment>@info rejected change</comment>
        <translation>Vendos datën dhe orën e saktë te cilësimet e pajisjes, pastaj zhbëje këtu dhe bëje përsëri.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again, or ask your manager.</source>
        <comment>@info rejected change</comment>
        <translation>Zhbëje këtu dhe bëj ndryshimin përsëri, ose pyet menaxherin.</translation>
    </message>
    <message>
        <source>Undo it here and try again, or ask your PA.</source>
        <comment>@info rejected change</comment>
        <translation>Zhbëje këtu dhe provo përsëri, ose pyet këshilltarin tënd.</translation>
    </message>
    <message>
        <source>Words in the plan</source>
        <comment>@info rejected change</comment>
        <translation>Fjalë në plan</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@info rejected change</comment>
        <translation>Një hap në plan</translation>
    </message>
    <message>
        <source>A plan review</source>
        <comment>@info rejected change</comment>
        <translation>Një rishikim plani</translation>
    </message>
    <message>
        <source>The health history</source>
        <comment>@info rejected change</comment>
        <translation>Historia shëndetësore</translation>
    </message>
    <message>
        <source>A document</source>
        <comment>@info rejected change</comment>
        <translation>Një dokument</translation>
    </message>
    <message>
        <source>Something from the local offer</source>
        <comment>@info rejected change</comment>
        <translation>Diçka nga oferta vendore</translation>
    </message>
    <message>
        <source>A contact</source>
        <comment>@info rejected change</comment>
        <translation>Një kontakt</translation>
    </message>
    <message>
        <source>A request to talk</source>
        <comment>@info rejected change</comment>
        <translation>Një kërkesë për të folur</translation>
    </message>
    <message>
        <source>An event in the history</source>
        <comment>@info rejected change</comment>
        <translation>Një ngjarje në histori</translation>
    </message>
    <message>
        <source>A PA allocation</source>
        <comment>@info rejected change</comment>
        <translation>Caktimi i një këshilltari</translation>
    </message>
    <message>
        <source>A change</source>
        <comment>@info rejected change</comment>
        <translation>Një ndryshim</translation>
    </message>
    <message>
        <source>Someone else has already given them a PA for these dates.</source>
        <comment>@info rejected change</comment>
        <translation>Dikush tjetër i ka caktuar tashmë një këshilltar për këto data.</translation>
    </message>
    <message>
        <source>The person chosen is not a PA of this service.</source>
        <comment>@info rejected change</comment>
        <translation>Personi i zgjedhur nuk është këshilltar i këtij shërbimi.</translation>
    </message>
    <message>
        <source>The service could not accept one detail of this change (%1).</source>
        <comment>@info rejected change</comment>
        <extracomment>%1 is the name of the detail the server refused, as the app stores it (e.g. &quot;notes&quot;, &quot;from&quot;)</extracomment>
        <translation>Shërbimi nuk e pranoi dot një të dhënë të këtij ndryshimi (%1).</translation>
    </message>
    <message>
        <source>Undo it here. Once the app has synced, check who their PA is now, and allocate again if it is still needed.</source>
        <comment>@info rejected change</comment>
        <translation>Zhbëje këtu. Pasi aplikacioni të sinkronizohet, kontrollo kush është tani këshilltari i tyre dhe cakto përsëri nëse duhet ende.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your manager.</source>
        <comment>@info rejected change</comment>
        <translation>Zhbëje këtu dhe bëj ndryshimin përsëri. Nëse refuzohet përsëri, përditëso aplikacionin ose njofto menaxherin.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your PA on the Talk page.</source>
        <comment>@info rejected change</comment>
        <translation>Zhbëje këtu dhe bëj ndryshimin përsëri. Nëse refuzohet përsëri, përditëso aplikacionin ose thuaji këshilltarit tënd te faqja Fol.</translation>
    </message>
    <message>
        <source>What they are doing (education, work or training)</source>
        <comment>@info rejected change</comment>
        <translation>Çfarë bëjnë (shkollë, punë ose trajnim)</translation>
    </message>
    <message>
        <source>Where they live</source>
        <comment>@info rejected change</comment>
        <translation>Ku jetojnë</translation>
    </message>
    <message>
        <source>Whether they are in touch</source>
        <comment>@info rejected change</comment>
        <translation>Nëse janë në kontakt</translation>
    </message>
</context>
<context>
    <name>Pathway::ReturnsController</name>
    <message>
        <source>1 April %1 to 31 March %2</source>
        <comment>@info</comment>
        <extracomment>The SSDA903 collection year, e.g. &quot;1 April 2025 to 31 March 2026&quot;</extracomment>
        <translation>1 prill %1 deri më 31 mars %2</translation>
    </message>
    <message>
        <source>Fetching the return from the server…</source>
        <comment>@info</comment>
        <translation>Po merret raporti nga serveri…</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this return.</source>
        <comment>@info</comment>
        <translation>Vetëm menaxherët dhe administratorët mund ta marrin këtë raport.</translation>
    </message>
    <message>
        <source>The return could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>Raporti nuk u mor dot. Kontrollo lidhjen dhe provo përsëri.</translation>
    </message>
    <message>
        <source>The return could not be saved in %1. Choose another folder.</source>
        <comment>@info</comment>
        <extracomment>%1 a folder</extracomment>
        <translation>Raporti nuk u ruajt dot në %1. Zgjidh një dosje tjetër.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n row(s).</source>
        <comment>@info</comment>
        <extracomment>%1 a file path; then how many young people are in it</extracomment>
        <translation>
            <numerusform>U ruajt %1 me %n rresht.</numerusform>
            <numerusform>U ruajt %1 me %n rreshta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n row(s) need correcting before it is sent.</source>
        <comment>@info</comment>
        <extracomment>%1 &quot;Saved ... with N rows.&quot;; then how many rows break a DfE rule</extracomment>
        <translation>
            <numerusform>%1 %n rresht duhet korrigjuar para se të dërgohet.</numerusform>
            <numerusform>%1 %n rreshta duhen korrigjuar para se të dërgohet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a day up to today: the list shows what was recorded by then.</source>
        <comment>@info</comment>
        <translation>Zgjidh një ditë deri sot: lista tregon çfarë ishte regjistruar deri atëherë.</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this list.</source>
        <comment>@info</comment>
        <translation>Vetëm menaxherët dhe administratorët mund ta marrin këtë listë.</translation>
    </message>
    <message>
        <source>The server refused the day: choose a day up to today.</source>
        <comment>@info</comment>
        <translation>Serveri e refuzoi ditën: zgjidh një ditë deri sot.</translation>
    </message>
    <message>
        <source>The list could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>Lista nuk u mor dot. Kontrollo lidhjen dhe provo përsëri.</translation>
    </message>
    <message>
        <source>The server refused the list (%1). Sign in again or ask an administrator.</source>
        <comment>@info</comment>
        <extracomment>%1 the server&apos;s reason, a code such as &quot;login_required&quot;</extracomment>
        <translation>Serveri e refuzoi listën (%1). Hyr përsëri ose pyet një administrator.</translation>
    </message>
</context>
<context>
    <name>Pathway::ReviewController</name>
    <message>
        <source>The review is overdue: it was due %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Rishikimi është me vonesë: afati ishte %1.</translation>
    </message>
    <message>
        <source>The review is due by %1.</source>
        <comment>@info</comment>
        <translation>Rishikimi duhet bërë deri më %1.</translation>
    </message>
    <message>
        <source>Next review %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Rishikimi tjetër %1.</translation>
    </message>
    <message>
        <source>No review recorded yet.</source>
        <comment>@info</comment>
        <translation>Ende nuk është regjistruar asnjë rishikim.</translation>
    </message>
    <message>
        <source>Choose the day the review was held.</source>
        <comment>@info</comment>
        <translation>Zgjidh ditën kur u bë rishikimi.</translation>
    </message>
    <message>
        <source>Write what was agreed at the review.</source>
        <comment>@info</comment>
        <translation>Shkruaj çfarë u ra dakord në rishikim.</translation>
    </message>
    <message>
        <source>Choose a next review date after the review.</source>
        <comment>@info</comment>
        <translation>Zgjidh një datë për rishikimin tjetër pas këtij rishikimi.</translation>
    </message>
    <message>
        <source>The review is recorded.</source>
        <comment>@info</comment>
        <translation>Rishikimi u regjistrua.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInAgainController</name>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation>Shkruaj kodin e ri nga këshilltari yt.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation>Shkruaj fjalëkalimin tënd.</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>Ai kod është për dikë tjetër. Ky telefon ruan të dhënat e tua, ndaj këtu funksionon vetëm një kod i bërë për ty. Kërkoji këshilltarit një kod të ri.</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation>Kjo është një llogari tjetër. Kjo pajisje ruan të dhënat e personit që e përgatiti, ndaj vetëm ai mund të hyjë këtu. Asgjë nuk ndryshoi.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>Shumë përpjekje. Prit %n sekondë, pastaj provo përsëri.</numerusform>
            <numerusform>Shumë përpjekje. Prit %n sekonda, pastaj provo përsëri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation>Serveri nuk arrihet. Ndryshimet e tua ruhen; provo përsëri kur të jesh në linjë.</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation>Ai kod nuk funksionoi. Mund të jetë përdorur ose të ketë skaduar: kërkoji këshilltarit një të ri. Asgjë në këtë telefon nuk ndryshoi.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation>Ai fjalëkalim nuk është i saktë. Asgjë në këtë pajisje nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation>Hyrja nuk funksionoi. Ndryshimet e tua ruhen; provo përsëri më vonë.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInJob</name>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or open the link they send you.</source>
        <comment>@info</comment>
        <translation>Ky aplikacion ende nuk e njeh serverin e këshillit tënd. Kërkoji këshilltarit të të tregojë kodin QR për telefonin tënd dhe skanoje me kamerë, ose hap lidhjen që të dërgon.</translation>
    </message>
    <message>
        <source>Type the server address your council gave you, under Advanced.</source>
        <comment>@info</comment>
        <translation>Shkruaj adresën e serverit që të dha këshilli, te Të avancuara.</translation>
    </message>
    <message>
        <source>That link does not work. Ask your PA to show you the QR code again, or type the code.</source>
        <comment>@info</comment>
        <translation>Ajo lidhje nuk funksionon. Kërkoji këshilltarit të të tregojë përsëri kodin QR, ose shkruaj kodin.</translation>
    </message>
    <message>
        <source>Type the code from your PA. It looks like 7KQ4-M2XD.</source>
        <comment>@info</comment>
        <translation>Shkruaj kodin nga këshilltari yt. Duket si 7KQ4-M2XD.</translation>
    </message>
    <message>
        <source>Type your work e-mail and password.</source>
        <comment>@info</comment>
        <translation>Shkruaj email-in dhe fjalëkalimin e punës.</translation>
    </message>
    <message>
        <source>Cannot reach your council&apos;s server. Check that you are online (Wi-Fi or mobile data), then try again.</source>
        <comment>@info</comment>
        <translation>Serveri i këshillit tënd nuk arrihet. Kontrollo që je në linjë (Wi-Fi ose të dhëna celulare), pastaj provo përsëri.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check that you are online and, under Advanced, the server address, then try again.</source>
        <comment>@info</comment>
        <translation>Serveri nuk arrihet. Kontrollo që je në linjë dhe, te Të avancuara, adresën e serverit, pastaj provo përsëri.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>Shumë përpjekje. Prit %n minutë, pastaj provo përsëri.</numerusform>
            <numerusform>Shumë përpjekje. Prit %n minuta, pastaj provo përsëri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>Shumë përpjekje. Prit %n sekondë, pastaj provo përsëri.</numerusform>
            <numerusform>Shumë përpjekje. Prit %n sekonda, pastaj provo përsëri.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code did not work. Check each letter and number. A code works once and only for a few days: if it still does not work, ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>Ai kod nuk funksionoi. Kontrollo çdo shkronjë dhe numër. Një kod funksionon një herë dhe vetëm për pak ditë: nëse prapë nuk funksionon, kërkoji këshilltarit një të ri.</translation>
    </message>
    <message>
        <source>That e-mail or password is not right. Check them and try again.</source>
        <comment>@info</comment>
        <translation>Ai email ose fjalëkalim nuk është i saktë. Kontrolloji dhe provo përsëri.</translation>
    </message>
    <message>
        <source>The server did not let this device sign in. Ask your leaving-care service to check your account.</source>
        <comment>@info</comment>
        <translation>Serveri nuk e lejoi këtë pajisje të hyjë. Kërkoji shërbimit për të larguarit nga kujdesi të kontrollojë llogarinë tënde.</translation>
    </message>
    <message>
        <source>This account cannot use the app. Use a PA&apos;s or a manager&apos;s account.</source>
        <comment>@info</comment>
        <translation>Kjo llogari nuk mund ta përdorë aplikacionin. Përdor llogarinë e një këshilltari ose menaxheri.</translation>
    </message>
    <message>
        <source>Signing in did not work: the server had a problem. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>Hyrja nuk funksionoi: serveri pati një problem. Provo përsëri pas pak minutash.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignOffController</name>
    <message>
        <source>someone</source>
        <comment>@info person</comment>
        <translation>dikush</translation>
    </message>
    <message>
        <source>Held %1, recorded by %2</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the PA&apos;s name</extracomment>
        <translation>Bërë më %1, regjistruar nga %2</translation>
    </message>
    <message>
        <source>Who took part was not recorded.</source>
        <comment>@info</comment>
        <translation>Nuk u regjistrua kush mori pjesë.</translation>
    </message>
    <message>
        <source>Took part: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the people who took part, as the PA wrote them</extracomment>
        <translation>Morën pjesë: %1</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>I riu mori pjesë</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>I riu nuk mori pjesë</translation>
    </message>
    <message>
        <source>A later review was held on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Një rishikim i mëvonshëm u bë më %1.</translation>
    </message>
    <message>
        <source>The next review was due by %1 and is overdue: the PA records it when it is held.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Rishikimi tjetër duhej deri më %1 dhe është me vonesë: këshilltari e regjistron kur të bëhet.</translation>
    </message>
    <message>
        <source>Next review by %1</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Rishikimi tjetër deri më %1</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <comment>@info</comment>
        <translation>Ende i panënshkruar</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <comment>@info</comment>
        <extracomment>%1 the manager&apos;s name, %2 a date</extracomment>
        <translation>Nënshkruar nga %1 më %2</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>Rishikimi u nënshkrua.</translation>
    </message>
</context>
<context>
    <name>Pathway::SyncStatus</name>
    <message>
        <source>On this device only</source>
        <comment>@info:status</comment>
        <extracomment>Demo mode: nothing is sent anywhere</extracomment>
        <translation>Vetëm në këtë pajisje</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>@info:status</comment>
        <translation>Jashtë linje</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a percentage, e.g. 40</extracomment>
        <translation>Po sinkronizohet %1%</translation>
    </message>
    <message>
        <source>Sync failed, will retry</source>
        <comment>@info:status</comment>
        <translation>Sinkronizimi dështoi, do të provohet përsëri</translation>
    </message>
    <message>
        <source>Signed out: sign in to send</source>
        <comment>@info:status</comment>
        <translation>Jashtë llogarisë: hyr për të dërguar</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>@info:status</comment>
        <translation>Ende pa sinkronizuar</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a time or date, e.g. 14:05</extracomment>
        <translation>Sinkronizuar %1</translation>
    </message>
    <message>
        <source>All saved</source>
        <comment>@info:status</comment>
        <translation>Gjithçka u ruajt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n ndryshim në pritje</numerusform>
            <numerusform>%n ndryshime në pritje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n mospërputhje të pret</numerusform>
            <numerusform>%n mospërputhje të presin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n ndryshim nuk u pranua</numerusform>
            <numerusform>%n ndryshime nuk u pranuan</numerusform>
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
        <translation>Nuk ka këshilltar të caktuar</translation>
    </message>
    <message>
        <source>Contact lost (6 months or more)</source>
        <comment>@label figure</comment>
        <translation>Kontakti i humbur (6 muaj ose më shumë)</translation>
    </message>
    <message>
        <source>No contact for 12 weeks or more</source>
        <comment>@label figure</comment>
        <translation>Pa kontakt për 12 javë ose më shumë</translation>
    </message>
    <message>
        <source>Contact overdue (8 weeks)</source>
        <comment>@label figure</comment>
        <translation>Kontakti me vonesë (8 javë)</translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@label figure</comment>
        <translation>Kontakti duhet së shpejti</translation>
    </message>
    <message>
        <source>Plan reviews overdue</source>
        <comment>@label figure</comment>
        <translation>Rishikime plani me vonesë</translation>
    </message>
    <message>
        <source>Health history not handed over at 18</source>
        <comment>@label figure</comment>
        <translation>Historia shëndetësore e padorëzuar në 18 vjeç</translation>
    </message>
    <message>
        <source>Missing ID documents</source>
        <comment>@label figure</comment>
        <translation>Mungojnë dokumentet e identitetit</translation>
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
        <translation>Pa këshilltar</translation>
    </message>
    <message>
        <source>%1, PA: %2</source>
        <comment>@info</comment>
        <translation>%1, Këshilltari: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info caseload size</comment>
        <translation>
            <numerusform>%n i ri</numerusform>
            <numerusform>%n të rinj</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Held %1</source>
        <comment>@info</comment>
        <translation>Bërë më %1</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>I riu mori pjesë</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>I riu nuk mori pjesë</translation>
    </message>
    <message>
        <source>%1. %2. PA: %3</source>
        <comment>@info</comment>
        <translation>%1. %2. Këshilltari: %3</translation>
    </message>
    <message>
        <source>Choose a young person and a PA.</source>
        <comment>@info</comment>
        <translation>Zgjidh një të ri dhe një këshilltar.</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s PA.</source>
        <comment>@info</comment>
        <translation>%1 është tashmë këshilltari i %2.</translation>
    </message>
    <message>
        <source>%1 became %2&apos;s PA today. Another PA can be allocated from tomorrow.</source>
        <comment>@info</comment>
        <extracomment>%1 the current PA, %2 young person</extracomment>
        <translation>%1 u bë sot këshilltari i %2. Një këshilltar tjetër mund të caktohet nga nesër.</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>@info</comment>
        <translation>Dikush</translation>
    </message>
    <message>
        <source>The allocation could not be saved.</source>
        <comment>@info</comment>
        <translation>Caktimi nuk u ruajt.</translation>
    </message>
    <message>
        <source>%1 is now %2&apos;s PA.</source>
        <comment>@info</comment>
        <extracomment>%1 PA, %2 young person</extracomment>
        <translation>%1 tani është këshilltari i %2.</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>Rishikimi u nënshkrua.</translation>
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <comment>@info</comment>
        <translation>Nënshkrimi nuk u ruajt.</translation>
    </message>
</context>
<context>
    <name>Pathway::YoungPersonController</name>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>Mosha %1, %2</translation>
    </message>
    <message>
        <source>No PA yet</source>
        <comment>@info</comment>
        <translation>Ende pa këshilltar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>@info last contact</comment>
        <translation>Ende jo</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <comment>@info</comment>
        <translation>Asgjë për të bërë tani</translation>
    </message>
    <message>
        <source>Late: was due %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>Me vonesë: afati ishte %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <comment>@info</comment>
        <translation>Deri më %1</translation>
    </message>
    <message>
        <source>No review yet</source>
        <comment>@info</comment>
        <translation>Ende pa rishikim</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>Rishikimi tjetër %1</translation>
    </message>
    <message>
        <source>Your role cannot change this. Ask your manager.</source>
        <comment>@info</comment>
        <translation>Roli yt nuk mund ta ndryshojë këtë. Pyet menaxherin.</translation>
    </message>
    <message>
        <source>Only your PA can change this. Ask them on the Talk page.</source>
        <comment>@info</comment>
        <translation>Vetëm këshilltari yt mund ta ndryshojë këtë. Pyete te faqja Fol.</translation>
    </message>
    <message>
        <source>Some of that is missing or too long. Check and try again.</source>
        <comment>@info</comment>
        <translation>Diçka mungon ose është shumë e gjatë. Kontrollo dhe provo përsëri.</translation>
    </message>
    <message>
        <source>That could not be saved on this device.</source>
        <comment>@info</comment>
        <translation>Nuk u ruajt dot në këtë pajisje.</translation>
    </message>
    <message>
        <source>Well done! Step marked as done.</source>
        <comment>@info</comment>
        <translation>Të lumtë! Hapi u shënua si i bërë.</translation>
    </message>
    <message>
        <source>Your words are saved.</source>
        <comment>@info</comment>
        <translation>Fjalët e tua u ruajtën.</translation>
    </message>
    <message>
        <source>Plan updated.</source>
        <comment>@info</comment>
        <translation>Plani u përditësua.</translation>
    </message>
    <message>
        <source>Your idea for a step is saved. Your PA will see it and agree it with you.</source>
        <comment>@info</comment>
        <translation>Ideja jote për një hap u ruajt. Këshilltari yt do ta shohë dhe do të bini dakord bashkë.</translation>
    </message>
    <message>
        <source>Step added.</source>
        <comment>@info</comment>
        <translation>Hapi u shtua.</translation>
    </message>
    <message>
        <source>Step accepted. It is now part of the plan.</source>
        <comment>@info</comment>
        <translation>Hapi u pranua. Tani është pjesë e planit.</translation>
    </message>
    <message>
        <source>Step declined. Tell them why when you next talk.</source>
        <comment>@info</comment>
        <translation>Hapi u refuzua. Thuaju pse herën tjetër që flisni.</translation>
    </message>
    <message>
        <source>You asked for a review. Your PA will arrange it.</source>
        <comment>@info</comment>
        <translation>Kërkove një rishikim. Këshilltari yt do ta organizojë.</translation>
    </message>
    <message>
        <source>That date is not a real date. Choose it from the calendar.</source>
        <comment>@info</comment>
        <translation>Ajo datë nuk është datë e vërtetë. Zgjidhe nga kalendari.</translation>
    </message>
    <message>
        <source>Added to your health history.</source>
        <comment>@info</comment>
        <translation>U shtua në historinë tënde shëndetësore.</translation>
    </message>
    <message>
        <source>Your PA will help you with this.</source>
        <comment>@info</comment>
        <translation>Këshilltari yt do të të ndihmojë me këtë.</translation>
    </message>
    <message>
        <source>You asked for it. Your PA will tell you what happens next.</source>
        <comment>@info</comment>
        <translation>E kërkove. Këshilltari yt do të të thotë çfarë ndodh më pas.</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will contact you as soon as possible.</source>
        <comment>@info</comment>
        <translation>U ruajt. Këshilltari yt e merr sapo të jesh në linjë dhe do të të kontaktojë sa më shpejt.</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will get in touch soon.</source>
        <comment>@info</comment>
        <translation>U ruajt. Këshilltari yt e merr sapo të jesh në linjë dhe do të të kontaktojë së shpejti.</translation>
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
        <translation>Performanca</translation>
    </message>
    <message>
        <source>Show the figures of</source>
        <comment>@label:listbox</comment>
        <translation>Shfaq shifrat e</translation>
    </message>
    <message>
        <source>Show the figures of: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 the team or the PA whose figures are shown</extracomment>
        <translation>Shfaq shifrat e: %1</translation>
    </message>
    <message>
        <source>Each figure month by month over the last 12 months. Choose a month, or a point on a chart, to see the young people behind it.</source>
        <comment>@info</comment>
        <translation>Çdo shifër muaj pas muaji gjatë 12 muajve të fundit. Zgjidh një muaj, ose një pikë në grafik, për të parë të rinjtë pas saj.</translation>
    </message>
    <message>
        <source>Nobody is in this group in this month.</source>
        <comment>@info</comment>
        <translation>Këtë muaj nuk ka askënd në këtë grup.</translation>
    </message>
    <message>
        <source>Close the list</source>
        <comment>@action:button</comment>
        <translation>Mbyll listën</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>Plani im</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Ask for a review</source>
        <comment>@action:button</comment>
        <translation>Kërko një rishikim</translation>
    </message>
    <message>
        <source>Ask for a review of my plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">Kërko një rishikim të planit tim</translation>
    </message>
    <message>
        <source>Record a review</source>
        <comment>@action:button</comment>
        <translation>Regjistro një rishikim</translation>
    </message>
    <message>
        <source>Record a review held with %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">Regjistro një rishikim të bërë me %1</translation>
    </message>
    <message>
        <source>In my words: %1</source>
        <comment>@info</comment>
        <translation>Me fjalët e mia: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step for a screen reader: what, who and when, status</extracomment>
        <translation>%1, %2, %3</translation>
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
        <translation>Prano</translation>
    </message>
    <message>
        <source>Accept the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">Prano hapin e propozuar: %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>@action:button a proposed plan step</comment>
        <translation>Refuzo</translation>
    </message>
    <message>
        <source>Decline the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">Refuzo hapin e propozuar: %1</translation>
    </message>
    <message>
        <source>Add my words</source>
        <comment>@action:button</comment>
        <translation>Shto fjalët e mia</translation>
    </message>
    <message>
        <source>Add my words to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Shto fjalët e mia te %1</translation>
    </message>
    <message>
        <source>Update with them</source>
        <comment>@action:button</comment>
        <translation>Përditëso bashkë me ta</translation>
    </message>
    <message>
        <source>Update %1 with the young person</source>
        <comment>@action:button</comment>
        <translation type="vanished">Përditëso %1 me të riun</translation>
    </message>
    <message>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>Shto një hap</translation>
    </message>
    <message>
        <source>Add a step to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Shto një hap te %1</translation>
    </message>
    <message>
        <source>What do you think? What do you want?</source>
        <comment>@info:placeholder</comment>
        <translation>Çfarë mendon? Çfarë do?</translation>
    </message>
    <message>
        <source>My words</source>
        <comment>@label:textbox</comment>
        <translation>Fjalët e mia</translation>
    </message>
    <message>
        <source>Goal, in plain words</source>
        <comment>@label:textbox</comment>
        <translation>Qëllimi, me fjalë të thjeshta</translation>
    </message>
    <message>
        <source>Their own words</source>
        <comment>@label:textbox</comment>
        <translation>Fjalët e tyre</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>I riu mori pjesë</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@info:placeholder</comment>
        <translation>Çfarë do të bëhet</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@label:textbox</comment>
        <translation>Çfarë do të bëhet</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@info:placeholder</comment>
        <translation>Kush do ta bëjë</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@label:textbox</comment>
        <translation>Kush do ta bëjë</translation>
    </message>
    <message>
        <source>Within a week</source>
        <comment>@item:inlistbox</comment>
        <translation>Brenda një jave</translation>
    </message>
    <message>
        <source>Within a month</source>
        <comment>@item:inlistbox</comment>
        <translation>Brenda një muaji</translation>
    </message>
    <message>
        <source>Within three months</source>
        <comment>@item:inlistbox</comment>
        <translation>Brenda tre muajve</translation>
    </message>
    <message>
        <source>No date</source>
        <comment>@item:inlistbox</comment>
        <translation>Pa datë</translation>
    </message>
    <message>
        <source>By when</source>
        <comment>@label:listbox</comment>
        <translation>Deri kur</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <comment>@action:button</comment>
        <extracomment>Read aloud one area of the plan; %1 the area</extracomment>
        <translation type="vanished">Lexo me zë: %1</translation>
    </message>
    <message>
        <source>Update with them: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a plan area&apos;s heading; holds the button&apos;s words &quot;Update with them&quot;</extracomment>
        <translation type="vanished">Përditëso bashkë me ta: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation>Lexo me zë</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>%1. PA: %2. Last contact: %3</source>
        <comment>@info</comment>
        <extracomment>%1 age and category, %2 PA name, %3 when last contacted</extracomment>
        <translation>%1. Këshilltari: %2. Kontakti i fundit: %3</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>Regjistro vizitën tani</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">Regjistro tani një vizitë me %1</translation>
    </message>
    <message>
        <source>Log an earlier contact</source>
        <comment>@action:button</comment>
        <translation>Regjistro një kontakt të mëparshëm</translation>
    </message>
    <message>
        <source>Log an earlier contact with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Regjistro një kontakt të mëparshëm me %1</translation>
    </message>
    <message>
        <source>Set up their phone</source>
        <comment>@action:button</comment>
        <translation>Përgatit telefonin e tyre</translation>
    </message>
    <message>
        <source>Set up their phone: a code for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation type="vanished">Përgatit telefonin e tyre: një kod për %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@title:tab</comment>
        <translation>Plani</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@title:tab</comment>
        <translation>Shëndeti</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@title:tab</comment>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>@title:tab</comment>
        <translation>Dokumentet</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@title:tab</comment>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Chronology</source>
        <comment>@title:tab</comment>
        <translation>Kronologjia</translation>
    </message>
    <message>
        <source>Amend a contact</source>
        <comment>@title:window</comment>
        <translation>Ndrysho një kontakt</translation>
    </message>
    <message>
        <source>The original stays on the record; this adds an amendment.</source>
        <comment>@info</comment>
        <translation>Origjinali mbetet në dosje; kjo shton një ndryshim.</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@info:placeholder</comment>
        <translation>Shënime të korrigjuara</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@label:textbox</comment>
        <translation>Shënime të korrigjuara</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>Folëm (kontakt i suksesshëm)</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@info:placeholder</comment>
        <translation>Pse ndryshohet</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@label:textbox</comment>
        <translation>Pse ndryshohet</translation>
    </message>
    <message>
        <source>Situation</source>
        <comment>@title:tab</comment>
        <extracomment>The tab with activity, accommodation, in touch, gender, ethnicity and disability</extracomment>
        <translation>Situata</translation>
    </message>
</context>
<context>
    <name>RejectedPage</name>
    <message>
        <source>Not accepted</source>
        <comment>@title:page</comment>
        <translation>Nuk u pranua</translation>
    </message>
    <message>
        <source>Undo my change</source>
        <comment>@action:button a refused change</comment>
        <translation>Zhbëj ndryshimin tim</translation>
    </message>
    <message>
        <source>Undo my change: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Zhbëj ndryshimin tim: %1</translation>
    </message>
    <message>
        <source>Every change was accepted.</source>
        <comment>@info</comment>
        <translation>Çdo ndryshim u pranua.</translation>
    </message>
    <message>
        <source>If the service cannot accept a change you make, it appears here with the reason and what to do.</source>
        <comment>@info</comment>
        <translation>Nëse shërbimi nuk mund të pranojë një ndryshim që bën, ai shfaqet këtu me arsyen dhe çfarë të bësh.</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Log the contact</source>
        <comment>@action:button</comment>
        <translation>Regjistro kontaktin</translation>
    </message>
    <message>
        <source>Log the contact: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 &quot;Asked to talk today&quot; and when</extracomment>
        <translation type="vanished">Regjistro kontaktin: %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@action:button</comment>
        <translation>Përgjigju</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Përgjigju: %1</translation>
    </message>
    <message>
        <source>Log the contact that answers it</source>
        <comment>@title:window</comment>
        <translation>Regjistro kontaktin që i përgjigjet</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@info:placeholder</comment>
        <translation>Për çfarë folët (vetëm për stafin)</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@label:textbox</comment>
        <translation>Për çfarë folët (vetëm për stafin)</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@title:window</comment>
        <translation>Përgjigju</translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>@action:button</comment>
        <translation>Dërgo përgjigjen</translation>
    </message>
    <message>
        <source>The young person reads your reply in the app. It answers the request.</source>
        <comment>@info</comment>
        <translation>I riu e lexon përgjigjen tënde në aplikacion. Ajo i përgjigjet kërkesës.</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@info:placeholder</comment>
        <translation>Përgjigjja jote</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@label:textbox</comment>
        <translation>Përgjigjja jote</translation>
    </message>
</context>
<context>
    <name>ReviewEditPage</name>
    <message>
        <source>Record a review</source>
        <comment>@title:page</comment>
        <translation>Regjistro një rishikim</translation>
    </message>
    <message>
        <source>Plan review with %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Rishikimi i planit me %1</translation>
    </message>
    <message>
        <source>Held on</source>
        <comment>@label</comment>
        <translation>Bërë më</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>@label</comment>
        <translation>Pse</translation>
    </message>
    <message>
        <source>Who took part</source>
        <comment>@label:textbox</comment>
        <translation>Kush mori pjesë</translation>
    </message>
    <message>
        <source>Names and roles</source>
        <comment>@info:placeholder</comment>
        <translation>Emrat dhe rolet</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>I riu mori pjesë</translation>
    </message>
    <message>
        <source>Their views, in their words</source>
        <comment>@label:textbox</comment>
        <translation>Mendimet e tyre, me fjalët e tyre</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <comment>@label:textbox</comment>
        <translation>Çfarë u ra dakord</translation>
    </message>
    <message>
        <source>Next review by</source>
        <comment>@label</comment>
        <translation>Rishikimi tjetër deri më</translation>
    </message>
    <message>
        <source>Save the review</source>
        <comment>@action:button</comment>
        <translation>Ruaj rishikimin</translation>
    </message>
</context>
<context>
    <name>ReviewSignOffPage</name>
    <message>
        <source>Sign off a review</source>
        <comment>@title:page</comment>
        <translation>Nënshkruaj një rishikim</translation>
    </message>
    <message>
        <source>Review of %1&apos;s plan</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Rishikimi i planit të %1</translation>
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
        <translation>Mendimet e tyre: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <comment>@title</comment>
        <translation>Plani</translation>
    </message>
    <message>
        <source>Read the review and the plan above before you sign it off.</source>
        <comment>@info</comment>
        <translation>Lexo rishikimin dhe planin sipër para se ta nënshkruash.</translation>
    </message>
    <message>
        <source>Sign off this review</source>
        <comment>@action:button</comment>
        <translation>Nënshkruaj këtë rishikim</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">Nënshkruaj rishikimin e %1</translation>
    </message>
    <message>
        <source>Sign off this review?</source>
        <comment>@title:window</comment>
        <translation>Të nënshkruhet ky rishikim?</translation>
    </message>
    <message>
        <source>You confirm that you have read %1&apos;s review and plan, and that the plan meets their needs.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Konfirmon që e ke lexuar rishikimin dhe planin e %1, dhe që plani plotëson nevojat e tyre.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>Rishikime plani për t&apos;u nënshkruar</translation>
    </message>
    <message>
        <source>Read and sign off</source>
        <comment>@action:button</comment>
        <translation>Lexo dhe nënshkruaj</translation>
    </message>
    <message>
        <source>Read and sign off the review of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Lexo dhe nënshkruaj rishikimin e %1</translation>
    </message>
    <message>
        <source>No reviews are waiting for sign-off.</source>
        <comment>@info</comment>
        <translation>Asnjë rishikim nuk pret nënshkrimin.</translation>
    </message>
    <message>
        <source>Reviews appear here when a PA records one.</source>
        <comment>@info</comment>
        <translation>Rishikimet shfaqen këtu kur një këshilltar regjistron një të tillë.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@title</comment>
        <translation>Madhësia e tekstit</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation>Madhësia e tekstit</translation>
    </message>
    <message>
        <source>Text is %1% of normal size.</source>
        <comment>@info</comment>
        <extracomment>%1 is a percentage, e.g. 150</extracomment>
        <translation>Teksti është %1% e madhësisë normale.</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <comment>@option:check</comment>
        <translation>Tema e errët</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>@title</comment>
        <translation>Kyçja</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use:</source>
        <comment>@label:spinbox</comment>
        <translation>Kyçe pas kaq minutash pa përdorim:</translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <comment>@label:spinbox</comment>
        <translation>Minuta para kyçjes</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>Kyçe tani</translation>
    </message>
</context>
<context>
    <name>SetupAdvanced</name>
    <message>
        <source>Hide advanced settings</source>
        <comment>@action:button</comment>
        <translation>Fshih cilësimet e avancuara</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>@action:button</comment>
        <translation>Të avancuara</translation>
    </message>
    <message>
        <source>This app connects to %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a web address, e.g. https://pathway.northbrook.gov.uk</extracomment>
        <translation>Ky aplikacion lidhet me %1.</translation>
    </message>
    <message>
        <source>Another server address (only if your council gave you one)</source>
        <comment>@label:textbox</comment>
        <translation>Një adresë tjetër serveri (vetëm nëse ta dha këshilli)</translation>
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
        <translation>Mirë se erdhe në Pathway</translation>
    </message>
    <message>
        <source>Your plan, your documents and your PA, on your phone. It works without internet.</source>
        <comment>@info</comment>
        <translation>Plani yt, dokumentet dhe këshilltari yt, në telefonin tënd. Funksionon edhe pa internet.</translation>
    </message>
    <message>
        <source>I have a code from my PA</source>
        <comment>@action:button</comment>
        <translation>Kam një kod nga këshilltari im</translation>
    </message>
    <message>
        <source>I work for the council: sign in</source>
        <comment>@action:button</comment>
        <translation>Punoj për këshillin: hyr</translation>
    </message>
    <message>
        <source>Try the demo (no server needed)</source>
        <comment>@action:button</comment>
        <translation>Provo demon (pa server)</translation>
    </message>
    <message>
        <source>Enter your code</source>
        <comment>@title</comment>
        <translation>Shkruaj kodin tënd</translation>
    </message>
    <message>
        <source>Your PA gives you a code like 7KQ4-M2XD. If they show you a QR code instead, scan it with your phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>Këshilltari yt të jep një kod si 7KQ4-M2XD. Nëse të tregon një kod QR, skanoje me kamerën e telefonit.</translation>
    </message>
    <message>
        <source>The code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>Kodi nga këshilltari yt</translation>
    </message>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or to send you the link.</source>
        <comment>@info</comment>
        <translation>Ky aplikacion ende nuk e njeh serverin e këshillit tënd. Kërkoji këshilltarit të të tregojë kodin QR për telefonin tënd dhe skanoje me kamerë, ose të të dërgojë lidhjen.</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>Tjetër</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@title</comment>
        <translation>Hyr</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>Email-i i punës</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>Try the demo as…</source>
        <comment>@title</comment>
        <translation>Provo demon si…</translation>
    </message>
    <message>
        <source>The demo uses made-up people. It is saved, encrypted, on this device only.</source>
        <comment>@info</comment>
        <translation>Demo përdor njerëz të sajuar. Ruhet, e koduar, vetëm në këtë pajisje.</translation>
    </message>
    <message>
        <source>A young person</source>
        <comment>@action:button</comment>
        <translation>Një i ri</translation>
    </message>
    <message>
        <source>A personal adviser (PA)</source>
        <comment>@action:button</comment>
        <translation>Një këshilltar personal (PA)</translation>
    </message>
    <message>
        <source>A manager</source>
        <comment>@action:button</comment>
        <translation>Një menaxher</translation>
    </message>
    <message>
        <source>Choose a passphrase or PIN</source>
        <comment>@title</comment>
        <translation>Zgjidh një frazë kalimi ose PIN</translation>
    </message>
    <message>
        <source>You will need it each time you open Pathway. It keeps your information safe if you lose your phone.</source>
        <comment>@info</comment>
        <translation>Do të të duhet sa herë hap Pathway. Ruan të dhënat e tua të sigurta nëse e humbet telefonin.</translation>
    </message>
    <message>
        <source>Use a PIN (numbers only)</source>
        <comment>@option:check</comment>
        <translation>Përdor një PIN (vetëm numra)</translation>
    </message>
    <message>
        <source>PIN</source>
        <comment>@info:placeholder</comment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@info:placeholder</comment>
        <translation>Frazë kalimi</translation>
    </message>
    <message>
        <source>New passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>Frazë kalimi ose PIN i ri</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@info:placeholder</comment>
        <translation>Shkruaje përsëri</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation>Shkruaje përsëri</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <comment>@action:button</comment>
        <translation>Ruaj dhe vazhdo</translation>
    </message>
    <message>
        <source>Getting your information</source>
        <comment>@title</comment>
        <translation>Po merren të dhënat e tua</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <comment>@info</comment>
        <translation>Ecuria e sinkronizimit të parë</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation>Provo përsëri</translation>
    </message>
    <message>
        <source>Try the first sync again</source>
        <comment>@action:button</comment>
        <translation type="vanished">Provo përsëri sinkronizimin e parë</translation>
    </message>
    <message>
        <source>Continue without it</source>
        <comment>@action:button</comment>
        <translation>Vazhdo pa të</translation>
    </message>
    <message>
        <source>Continue without the first sync</source>
        <comment>@action:button</comment>
        <translation type="vanished">Vazhdo pa sinkronizimin e parë</translation>
    </message>
    <message>
        <source>Tries the first sync again</source>
        <comment>@info:accessible</comment>
        <translation>Provon përsëri sinkronizimin e parë</translation>
    </message>
    <message>
        <source>Continues without the first sync</source>
        <comment>@info:accessible</comment>
        <translation>Vazhdon pa sinkronizimin e parë</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>%1 Back</source>
        <comment>@action:button</comment>
        <extracomment>Arrow pointing back (mirrored in right-to-left languages), then the word</extracomment>
        <translation>%1 Mbrapa</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Mbrapa</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Signed in as %1</source>
        <comment>@info</comment>
        <translation>Hyrë si %1</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>Kyçe tani</translation>
    </message>
</context>
<context>
    <name>SignInAgainBanner</name>
    <message numerus="yes">
        <source>Your sign-in has expired. Your changes are kept on this device: %n waiting to go up.</source>
        <comment>@info</comment>
        <extracomment>Banner on every page when the login has expired; %n is the number of changes not yet sent</extracomment>
        <translation>
            <numerusform>Hyrja jote ka skaduar. Ndryshimet e tua ruhen në këtë pajisje: %n pret të dërgohet.</numerusform>
            <numerusform>Hyrja jote ka skaduar. Ndryshimet e tua ruhen në këtë pajisje: %n presin të dërgohen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>Hyrja jote ka skaduar. Ndryshimet e tua ruhen në këtë pajisje.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <comment>@action:button</comment>
        <translation>Hyr përsëri</translation>
    </message>
</context>
<context>
    <name>SignInAgainSheet</name>
    <message>
        <source>Sign in again</source>
        <comment>@title</comment>
        <translation>Hyr përsëri</translation>
    </message>
    <message>
        <source>Ask your PA for a new code and type it here. Everything you did while signed out is kept on this phone and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>Kërkoji këshilltarit një kod të ri dhe shkruaje këtu. Gjithçka që bëre jashtë llogarisë ruhet në këtë telefon dhe dërgohet sapo të hysh.</translation>
    </message>
    <message>
        <source>Type the password for this account. Everything you did while signed out is kept on this device and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>Shkruaj fjalëkalimin e kësaj llogarie. Gjithçka që bëre jashtë llogarisë ruhet në këtë pajisje dhe dërgohet sapo të hysh.</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>Email-i i punës</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>The new code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>Kodi i ri nga këshilltari yt</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation>Hyr</translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>@action:button</comment>
        <translation>Jo tani</translation>
    </message>
    <message>
        <source>Not now, keep working on this device</source>
        <comment>@action:button</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation type="vanished">Jo tani, vazhdo të punosh në këtë pajisje</translation>
    </message>
    <message>
        <source>Closes this and keeps working on this device</source>
        <comment>@info:accessible</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation>E mbyll këtë dhe vazhdon punën në këtë pajisje</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Mbrapa</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Sinkronizo tani</translation>
    </message>
</context>
<context>
    <name>TalkPage</name>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <translation>Fol me këshilltarin tim</translation>
    </message>
    <message>
        <source>My PA: %1</source>
        <comment>@title</comment>
        <extracomment>%1 is the PA&apos;s name</extracomment>
        <translation>Këshilltari im: %1</translation>
    </message>
    <message>
        <source>What do you want to talk about? (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Për çfarë do të flasësh? (sipas dëshirës)</translation>
    </message>
    <message>
        <source>Message to my PA</source>
        <comment>@label:textbox</comment>
        <translation>Mesazh për këshilltarin tim</translation>
    </message>
    <message>
        <source>I need to talk today</source>
        <comment>@action:button</comment>
        <translation>Duhet të flas sot</translation>
    </message>
    <message>
        <source>I need to talk today: ask my PA to contact me urgently</source>
        <comment>@action:button</comment>
        <translation type="vanished">Duhet të flas sot: kërkoji këshilltarit tim të më kontaktojë urgjentisht</translation>
    </message>
    <message>
        <source>Talk when you can</source>
        <comment>@action:button</comment>
        <translation>Të flasim kur të mundesh</translation>
    </message>
    <message>
        <source>Talk when you can: ask my PA to contact me when convenient</source>
        <comment>@action:button</comment>
        <translation type="vanished">Të flasim kur të mundesh: kërkoji këshilltarit tim të më kontaktojë kur t&apos;i përshtatet</translation>
    </message>
    <message>
        <source>My requests</source>
        <comment>@title</comment>
        <translation>Kërkesat e mia</translation>
    </message>
    <message>
        <source>Our contact</source>
        <comment>@title</comment>
        <translation>Kontakti ynë</translation>
    </message>
    <message>
        <source>Asks my PA to contact me urgently</source>
        <comment>@info:accessible</comment>
        <translation>I kërkon këshilltarit tim të më kontaktojë urgjentisht</translation>
    </message>
    <message>
        <source>Asks my PA to contact me when convenient</source>
        <comment>@info:accessible</comment>
        <translation>I kërkon këshilltarit tim të më kontaktojë kur t&apos;i përshtatet</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>Pamja e ekipit</translation>
    </message>
    <message>
        <source>Who needs attention</source>
        <comment>@title</comment>
        <translation>Kush ka nevojë për vëmendje</translation>
    </message>
    <message>
        <source>PA: %1</source>
        <comment>@info</comment>
        <translation>Këshilltari: %1</translation>
    </message>
    <message>
        <source>Choose a figure to see who it is about.</source>
        <comment>@info</comment>
        <translation>Zgjidh një shifër për të parë për kë bëhet fjalë.</translation>
    </message>
    <message>
        <source>Nobody is in this group right now.</source>
        <comment>@info</comment>
        <translation>Tani nuk ka askënd në këtë grup.</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3)</source>
        <comment>@title</comment>
        <translation>Raporti SSDA903 për të rinjtë që largohen nga kujdesi (OC3)</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3), %1</source>
        <comment>@info</comment>
        <translation>Raporti SSDA903 për të rinjtë që largohen nga kujdesi (OC3), %1</translation>
    </message>
    <message>
        <source>Save the OC3 file</source>
        <comment>@action:button</comment>
        <translation>Ruaj skedarin OC3</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9)</source>
        <comment>@title</comment>
        <translation>Ofsted, Shtojca A: të rinjtë që largohen nga kujdesi (lista 9)</translation>
    </message>
    <message>
        <source>Every care leaver on the day, with the columns inspectors ask for</source>
        <comment>@info</comment>
        <translation>Të gjithë të rinjtë që largohen nga kujdesi në atë ditë, me kolonat që kërkojnë inspektorët</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9), as of %1</source>
        <comment>@info</comment>
        <extracomment>%1 the day the list is for</extracomment>
        <translation>Ofsted, Shtojca A: të rinjtë që largohen nga kujdesi (lista 9), më %1</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>@label</comment>
        <extracomment>The day Ofsted&apos;s Annex A list is taken on</extracomment>
        <translation>Më datë</translation>
    </message>
    <message>
        <source>Save Annex A (Excel)</source>
        <comment>@action:button</comment>
        <extracomment>Saves the list as an Excel workbook (.xlsx)</extracomment>
        <translation>Ruaj Shtojcën A (Excel)</translation>
    </message>
    <message>
        <source>Save Annex A (CSV)</source>
        <comment>@action:button</comment>
        <translation>Ruaj Shtojcën A (CSV)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Pathway is locked</source>
        <comment>@title</comment>
        <translation>Pathway është i kyçur</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN to open it.</source>
        <comment>@info</comment>
        <translation>Shkruaj frazën e kalimit ose PIN-in për ta hapur.</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>Frazë kalimi ose PIN</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <comment>@info</comment>
        <extracomment>Shown after several wrong tries</extracomment>
        <translation>
            <numerusform>Mund të provosh përsëri pas %n sekonde.</numerusform>
            <numerusform>Mund të provosh përsëri pas %n sekondash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>Zhblloko</translation>
    </message>
</context>
</TS>
