<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti">
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <translation>መጠንቀቕታታት</translation>
    </message>
    <message>
        <source>Check with the server again</source>
        <comment>@action:button</comment>
        <translation>ምስ ሰርቨር ደጊምካ ርአ</translation>
    </message>
    <message>
        <source>Only alerts for managers</source>
        <comment>@option:check</comment>
        <translation>ናይ ኣመሓደርቲ መጠንቀቕታታት ጥራይ</translation>
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
        <translation>ኣረጋግጽ…</translation>
    </message>
    <message>
        <source>Acknowledge with a note: %1, %2</source>
        <comment>@action:button</comment>
        <extracomment>%1 what is wrong, %2 a young person</extracomment>
        <translation type="vanished">ብመዘኻኸሪ ኣረጋግጽ: %1፣ %2</translation>
    </message>
    <message>
        <source>No alerts: nothing needs action right now.</source>
        <comment>@info</comment>
        <translation>መጠንቀቕታ የለን: ሕጂ ስራሕ ዘድልዮ የለን።</translation>
    </message>
    <message>
        <source>Alerts appear here when contact, a plan review, documents, the health history or a young person&apos;s request need action.</source>
        <comment>@info</comment>
        <translation>ርክብ፣ ምርመራ መደብ፣ ሰነዳት፣ ታሪኽ ጥዕና ወይ ሕቶ መንእሰይ ስጉምቲ ክደሊ ከሎ መጠንቀቕታታት ኣብዚ ይርኣዩ።</translation>
    </message>
    <message>
        <source>Acknowledge with a note</source>
        <comment>@title:window</comment>
        <translation>ብመዘኻኸሪ ኣረጋግጽ</translation>
    </message>
    <message>
        <source>Say what is being done about it, or why it can wait. Everyone who sees this alert sees your name, your note and when.</source>
        <comment>@info</comment>
        <translation>እንታይ ይግበር ከም ዘሎ፣ ወይ ስለምንታይ ክጽበ ከም ዝኽእል ግለጽ። ነዚ መጠንቀቕታ ዝርኢ ኩሉ ሰብ ስምካ፣ መዘኻኸሪኻን ግዜኡን ይርኢ።</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info:placeholder</comment>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@label:textbox</comment>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <comment>@action:button</comment>
        <translation>ኣረጋግጽ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>ሰርዝ</translation>
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
        <translation>%1፣ %2</translation>
    </message>
</context>
<context>
    <name>AllocatePage</name>
    <message>
        <source>Allocate a PA</source>
        <comment>@title:page</comment>
        <translation>ኣማኻሪ መድብ</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>ኣማኻሪ መድብ</translation>
    </message>
    <message>
        <source>Change PA</source>
        <comment>@action:button</comment>
        <translation>ኣማኻሪ ቀይር</translation>
    </message>
    <message>
        <source>Choose a PA for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ን%1 ኣማኻሪ ምረጽ</translation>
    </message>
    <message>
        <source>No young people in the team yet.</source>
        <comment>@info</comment>
        <translation>ኣብዚ ጉጅለ ገና መንእሰይ የለን።</translation>
    </message>
    <message>
        <source>Young people appear here after a sync with the server.</source>
        <comment>@info</comment>
        <translation>መንእሰያት ምስ ሰርቨር ድሕሪ ምስማዕ ኣብዚ ይርኣዩ።</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>ምኽንያት (ኣማራጺ)</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>@label:textbox</comment>
        <translation>ምኽንያት</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PA name (caseload size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A PA for %1</source>
        <comment>@title:window</comment>
        <translation>ኣማኻሪ ን%1</translation>
    </message>
    <message>
        <source>Allocate a PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>ን%1 ኣማኻሪ መድብ</translation>
    </message>
    <message>
        <source>Change PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>ናይ %1 ኣማኻሪ ቀይር</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>More</source>
        <comment>@action:button</comment>
        <extracomment>Opens the list of all pages</extracomment>
        <translation>ተወሳኺ</translation>
    </message>
    <message>
        <source>More pages</source>
        <comment>@action:button</comment>
        <translation type="vanished">ተወሳኺ ገጻት</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>@title:tab</comment>
        <extracomment>The phone&apos;s bottom navigation bar, for screen readers</extracomment>
        <translation>ገጻት</translation>
    </message>
    <message>
        <source>Opens the list of all pages</source>
        <comment>@info:accessible</comment>
        <translation>ዝርዝር ኩሉ ገጻት ይኸፍት</translation>
    </message>
</context>
<context>
    <name>CalendarMonth</name>
    <message>
        <source>Calendar, %1</source>
        <comment>@info</comment>
        <extracomment>The calendar as a screen reader names it; %1 month and year</extracomment>
        <translation>ዓውደ ኣዋርሕ፣ %1</translation>
    </message>
    <message>
        <source>Previous year</source>
        <comment>@action:button</comment>
        <translation>ዝሓለፈ ዓመት</translation>
    </message>
    <message>
        <source>Previous month</source>
        <comment>@action:button</comment>
        <translation>ዝሓለፈ ወርሒ</translation>
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
        <translation>ዝመጽእ ወርሒ</translation>
    </message>
    <message>
        <source>Next year</source>
        <comment>@action:button</comment>
        <translation>ዝመጽእ ዓመት</translation>
    </message>
</context>
<context>
    <name>CaseloadList</name>
    <message>
        <source>%1, %2</source>
        <comment>@info alert, and more</comment>
        <translation>%1፣ %2</translation>
    </message>
    <message>
        <source>%1 · PA: %2</source>
        <comment>@info</comment>
        <translation>%1 · ኣማኻሪ: %2</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>ሕጂ ምብጻሕ መዝግብ</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">ሕጂ ምስ %1 ዝተገብረ ምብጻሕ መዝግብ</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>መዝገብ ክፈት</translation>
    </message>
    <message>
        <source>Open the record of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">መዝገብ %1 ክፈት</translation>
    </message>
    <message>
        <source>No young people in this caseload.</source>
        <comment>@info</comment>
        <translation>ኣብዚ ዝርዝር መንእሰይ የለን።</translation>
    </message>
    <message>
        <source>A manager allocates young people to PAs. Sync to get new allocations.</source>
        <comment>@info</comment>
        <translation>ኣመሓዳሪ መንእሰያት ናብ ኣማኸርቲ ይምድብ። ሓደስቲ ምድባት ንምርካብ ኣሰማምዕ።</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>መንእሰያተይ</translation>
    </message>
</context>
<context>
    <name>CaseloadsPage</name>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>ዝርዝራት ኣማኸርቲ</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <comment>@label:listbox</comment>
        <translation>ውልቃዊ ኣማኻሪ</translation>
    </message>
</context>
<context>
    <name>CheckingIndicator</name>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>ምስ ሰርቨር ይርአ ኣሎ…</translation>
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
        <translation>ገና ፍጻመ የለን።</translation>
    </message>
    <message>
        <source>Moves, contacts, reviews and documents appear here as they are recorded.</source>
        <comment>@info</comment>
        <translation>ምግዓዝ፣ ርክባት፣ ምርመራታትን ሰነዳትን ምስ ተመዝገቡ ኣብዚ ይርኣዩ።</translation>
    </message>
</context>
<context>
    <name>CircumstanceLabels</name>
    <message>
        <source>Higher education, full time</source>
        <comment>@info activity</comment>
        <translation>ላዕለዋይ ትምህርቲ፣ ምሉእ ግዜ</translation>
    </message>
    <message>
        <source>Higher education, part time</source>
        <comment>@info activity</comment>
        <translation>ላዕለዋይ ትምህርቲ፣ ከፊል ግዜ</translation>
    </message>
    <message>
        <source>Other education, full time</source>
        <comment>@info activity</comment>
        <translation>ካልእ ትምህርቲ፣ ምሉእ ግዜ</translation>
    </message>
    <message>
        <source>Other education, part time</source>
        <comment>@info activity</comment>
        <translation>ካልእ ትምህርቲ፣ ከፊል ግዜ</translation>
    </message>
    <message>
        <source>Apprenticeship, full time</source>
        <comment>@info activity</comment>
        <translation>ናይ ሞያ ልምምድ፣ ምሉእ ግዜ</translation>
    </message>
    <message>
        <source>Apprenticeship, part time</source>
        <comment>@info activity</comment>
        <translation>ናይ ሞያ ልምምድ፣ ከፊል ግዜ</translation>
    </message>
    <message>
        <source>Training or employment, full time</source>
        <comment>@info activity</comment>
        <translation>ስልጠና ወይ ስራሕ፣ ምሉእ ግዜ</translation>
    </message>
    <message>
        <source>Training or employment, part time</source>
        <comment>@info activity</comment>
        <translation>ስልጠና ወይ ስራሕ፣ ከፊል ግዜ</translation>
    </message>
    <message>
        <source>Not in education, work or training: illness or disability</source>
        <comment>@info activity</comment>
        <translation>ኣብ ትምህርቲ፣ ስራሕ ወይ ስልጠና የለን: ሕማም ወይ ስንክልና</translation>
    </message>
    <message>
        <source>Not in education, work or training: other reasons</source>
        <comment>@info activity</comment>
        <translation>ኣብ ትምህርቲ፣ ስራሕ ወይ ስልጠና የለን: ካልእ ምኽንያታት</translation>
    </message>
    <message>
        <source>Not in education, work or training: pregnancy or parenting</source>
        <comment>@info activity</comment>
        <translation>ኣብ ትምህርቲ፣ ስራሕ ወይ ስልጠና የለን: ጥንሲ ወይ ወላዲነት</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info activity</comment>
        <translation>ዘይፍለጥ</translation>
    </message>
    <message>
        <source>With parents or relatives</source>
        <comment>@info accommodation</comment>
        <translation>ምስ ወለዲ ወይ ኣዝማድ</translation>
    </message>
    <message>
        <source>Community home or residential care</source>
        <comment>@info accommodation</comment>
        <translation>ማሕበረሰባዊ ገዛ ወይ መንበሪ ክንክን</translation>
    </message>
    <message>
        <source>Semi-independent, transitional</source>
        <comment>@info accommodation</comment>
        <translation>ፍርቂ-ናጻ፣ መሰጋገሪ</translation>
    </message>
    <message>
        <source>Supported lodgings</source>
        <comment>@info accommodation</comment>
        <translation>ደገፍ ዘለዎ መንበሪ</translation>
    </message>
    <message>
        <source>Gone abroad</source>
        <comment>@info accommodation</comment>
        <translation>ናብ ወጻኢ ከይዱ</translation>
    </message>
    <message>
        <source>Deported</source>
        <comment>@info accommodation</comment>
        <translation>ተሰጒጉ</translation>
    </message>
    <message>
        <source>Ordinary lodgings</source>
        <comment>@info accommodation</comment>
        <translation>ንቡር ተኻራዪ መንበሪ</translation>
    </message>
    <message>
        <source>Residence not known</source>
        <comment>@info accommodation</comment>
        <translation>መንበሪ ዘይፍለጥ</translation>
    </message>
    <message>
        <source>No fixed abode or homeless</source>
        <comment>@info accommodation</comment>
        <translation>ቀዋሚ መንበሪ የብሉን ወይ ገዛ የብሉን</translation>
    </message>
    <message>
        <source>Foyer</source>
        <comment>@info accommodation</comment>
        <translation>Foyer (ንመንእሰያት ደገፍ ዘለዎ መንበሪ)</translation>
    </message>
    <message>
        <source>Independent living</source>
        <comment>@info accommodation</comment>
        <translation>ብናጻ ምንባር</translation>
    </message>
    <message>
        <source>Emergency accommodation</source>
        <comment>@info accommodation</comment>
        <translation>ህጹጽ መንበሪ</translation>
    </message>
    <message>
        <source>Bed and breakfast</source>
        <comment>@info accommodation</comment>
        <translation>ሆቴል ምስ ቁርሲ</translation>
    </message>
    <message>
        <source>In custody</source>
        <comment>@info accommodation</comment>
        <translation>ኣብ ቤት ማእሰርቲ</translation>
    </message>
    <message>
        <source>Other accommodation</source>
        <comment>@info accommodation</comment>
        <translation>ካልእ መንበሪ</translation>
    </message>
    <message>
        <source>With former foster carers (Staying Put)</source>
        <comment>@info accommodation</comment>
        <translation>ምስ ናይ ቀደም ኣለይቲ ስድራ (Staying Put)</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info accommodation</comment>
        <translation>ዘይፍለጥ</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@info in touch</comment>
        <translation>ርክብ ኣሎ</translation>
    </message>
    <message>
        <source>Died</source>
        <comment>@info in touch</comment>
        <translation>ሞይቱ</translation>
    </message>
    <message>
        <source>Refuses contact</source>
        <comment>@info in touch</comment>
        <translation>ርክብ ይኣቢ</translation>
    </message>
    <message>
        <source>No longer needs services</source>
        <comment>@info in touch</comment>
        <translation>ኣገልግሎት ኣየድልዮን</translation>
    </message>
    <message>
        <source>Returned home to parents for 6 months or more</source>
        <comment>@info in touch</comment>
        <translation>ን6 ኣዋርሕ ወይ ልዕሊኡ ናብ ወለዲ ገዛ ተመሊሱ</translation>
    </message>
    <message>
        <source>Not in touch</source>
        <comment>@info in touch</comment>
        <translation>ርክብ የለን</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>@info gender</comment>
        <translation>ተባዕታይ</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>@info gender</comment>
        <translation>ኣንስታይ</translation>
    </message>
    <message>
        <source>Another gender</source>
        <comment>@info gender</comment>
        <translation>ካልእ ጾታ</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info gender</comment>
        <translation>ዘይፍለጥ</translation>
    </message>
    <message>
        <source>White: British</source>
        <comment>@info ethnicity</comment>
        <translation>ጻዕዳ: ብሪጣንያዊ</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <comment>@info ethnicity</comment>
        <translation>ጻዕዳ: ኣየርላንዳዊ</translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <comment>@info ethnicity</comment>
        <translation>ጻዕዳ: ካልእ ጻዕዳ ድሕረ-ባይታ</translation>
    </message>
    <message>
        <source>White: Traveller of Irish heritage</source>
        <comment>@info ethnicity</comment>
        <translation>ጻዕዳ: ኣየርላንዳዊ ድሕረ-ባይታ ዘለዎ ተጓዓዚ</translation>
    </message>
    <message>
        <source>White: Gypsy or Roma</source>
        <comment>@info ethnicity</comment>
        <translation>ጻዕዳ: ጂፕሲ ወይ ሮማ</translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>ዝተሓወሰ: ጻዕዳን ጸሊም ካሪብያንን</translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <comment>@info ethnicity</comment>
        <translation>ዝተሓወሰ: ጻዕዳን ጸሊም ኣፍሪቃውን</translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <comment>@info ethnicity</comment>
        <translation>ዝተሓወሰ: ጻዕዳን ኤስያውን</translation>
    </message>
    <message>
        <source>Mixed: any other mixed background</source>
        <comment>@info ethnicity</comment>
        <translation>ዝተሓወሰ: ካልእ ዝተሓወሰ ድሕረ-ባይታ</translation>
    </message>
    <message>
        <source>Asian or Asian British: Indian</source>
        <comment>@info ethnicity</comment>
        <translation>ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ: ህንዳዊ</translation>
    </message>
    <message>
        <source>Asian or Asian British: Pakistani</source>
        <comment>@info ethnicity</comment>
        <translation>ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ: ፓኪስታናዊ</translation>
    </message>
    <message>
        <source>Asian or Asian British: Bangladeshi</source>
        <comment>@info ethnicity</comment>
        <translation>ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ: ባንግላደሻዊ</translation>
    </message>
    <message>
        <source>Asian or Asian British: any other Asian background</source>
        <comment>@info ethnicity</comment>
        <translation>ኤስያዊ ወይ ኤስያዊ ብሪጣንያዊ: ካልእ ኤስያዊ ድሕረ-ባይታ</translation>
    </message>
    <message>
        <source>Black or Black British: Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>ጸሊም ወይ ጸሊም ብሪጣንያዊ: ካሪብያናዊ</translation>
    </message>
    <message>
        <source>Black or Black British: African</source>
        <comment>@info ethnicity</comment>
        <translation>ጸሊም ወይ ጸሊም ብሪጣንያዊ: ኣፍሪቃዊ</translation>
    </message>
    <message>
        <source>Black or Black British: any other Black background</source>
        <comment>@info ethnicity</comment>
        <translation>ጸሊም ወይ ጸሊም ብሪጣንያዊ: ካልእ ጸሊም ድሕረ-ባይታ</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>@info ethnicity</comment>
        <translation>ቻይናዊ</translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <comment>@info ethnicity</comment>
        <translation>ካልእ ብሄራዊ ጉጅለ</translation>
    </message>
    <message>
        <source>Refused to say</source>
        <comment>@info ethnicity</comment>
        <translation>ክብል ኣብዩ</translation>
    </message>
    <message>
        <source>Information not yet obtained</source>
        <comment>@info ethnicity</comment>
        <translation>ሓበሬታ ገና ኣይተረኽበን</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@info ethnicity</comment>
        <translation>ኣይተመዝገበን</translation>
    </message>
</context>
<context>
    <name>CircumstancesView</name>
    <message>
        <source>Activity</source>
        <comment>@title</comment>
        <translation>ንጥፈት</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <comment>@info</comment>
        <translation>ንጥፈት: %1</translation>
    </message>
    <message>
        <source>What they are doing now</source>
        <comment>@label</comment>
        <translation>ሕጂ እንታይ ይገብሩ ኣለዉ</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>ካብ</translation>
    </message>
    <message>
        <source>Record the activity</source>
        <comment>@action:button</comment>
        <translation>ንጥፈት መዝግብ</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <comment>@title</comment>
        <translation>መንበሪ</translation>
    </message>
    <message>
        <source>Accommodation: %1</source>
        <comment>@info</comment>
        <translation>መንበሪ: %1</translation>
    </message>
    <message>
        <source>Where they live now</source>
        <comment>@label</comment>
        <translation>ሕጂ ኣበይ ይነብሩ</translation>
    </message>
    <message>
        <source>Where they live now: %1</source>
        <comment>@label:listbox</comment>
        <translation>ሕጂ ኣበይ ይነብሩ: %1</translation>
    </message>
    <message>
        <source>Suitable for them</source>
        <comment>@option:check</comment>
        <translation>ንዓታቶም ዝሰማማዕ</translation>
    </message>
    <message>
        <source>Record the accommodation</source>
        <comment>@action:button</comment>
        <translation>መንበሪ መዝግብ</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@title</comment>
        <translation>ርክብ</translation>
    </message>
    <message>
        <source>In touch: %1</source>
        <comment>@info</comment>
        <translation>ርክብ: %1</translation>
    </message>
    <message>
        <source>Record instead of contact</source>
        <comment>@label</comment>
        <translation>ኣብ ክንዲ ርክባት መዝግብ</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label</comment>
        <translation>ካብ</translation>
    </message>
    <message>
        <source>Record the in-touch status</source>
        <comment>@action:button</comment>
        <translation>ኩነታት ርክብ መዝግብ</translation>
    </message>
    <message>
        <source>About them</source>
        <comment>@title</comment>
        <translation>ብዛዕባኦም</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>@label</comment>
        <translation>ጾታ</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <comment>@label</comment>
        <translation>ብሄር</translation>
    </message>
    <message>
        <source>Ethnicity: %1</source>
        <comment>@label:listbox</comment>
        <translation>ብሄር: %1</translation>
    </message>
    <message>
        <source>Disability</source>
        <comment>@label</comment>
        <translation>ስንክልና</translation>
    </message>
    <message>
        <source>Save gender, ethnicity and disability</source>
        <comment>@action:button</comment>
        <translation>ጾታ፣ ብሄርን ስንክልናን ዓቅብ</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <comment>@title:page</comment>
        <translation>ግጭታት</translation>
    </message>
    <message>
        <source>On this device</source>
        <comment>@title</comment>
        <translation>ኣብዚ መሳርሒ</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <comment>@action:button</comment>
        <translation>እዚ ሓዝ</translation>
    </message>
    <message>
        <source>Keep the text on this device</source>
        <comment>@action:button</comment>
        <translation type="vanished">ኣብዚ መሳርሒ ዘሎ ጽሑፍ ሓዝ</translation>
    </message>
    <message>
        <source>From the server</source>
        <comment>@title</comment>
        <translation>ካብ ሰርቨር</translation>
    </message>
    <message>
        <source>Keep the text from the server</source>
        <comment>@action:button</comment>
        <translation type="vanished">ካብ ሰርቨር ዝመጸ ጽሑፍ ሓዝ</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <comment>@info</comment>
        <translation>ግጭት የለን።</translation>
    </message>
    <message>
        <source>If the same text is changed on two devices, both versions appear here for you to choose.</source>
        <comment>@info</comment>
        <translation>ሓደ ጽሑፍ ኣብ ክልተ መሳርሒታት እንተ ተቐይሩ፣ ክልቲኡ ቅዳሓት ክትመርጽ ኣብዚ ይርኣዩ።</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>%1 (amended)</source>
        <comment>@info</comment>
        <translation>%1 (ተእሪሙ)</translation>
    </message>
    <message>
        <source>Amend</source>
        <comment>@action:button</comment>
        <translation>ኣእርም</translation>
    </message>
    <message>
        <source>Amend contact: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ርክብ ኣእርም: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@action:button</comment>
        <translation>ብጌጋ ዝተመዝገበ</translation>
    </message>
    <message>
        <source>Mark as entered in error: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ብጌጋ ከም ዝተመዝገበ ምልክት ግበር: %1</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <comment>@info</comment>
        <translation>ገና ዝተመዝገበ ርክብ የለን።</translation>
    </message>
    <message>
        <source>Contacts appear here once they are logged.</source>
        <comment>@info</comment>
        <translation>ርክባት ምስ ተመዝገቡ ኣብዚ ይርኣዩ።</translation>
    </message>
</context>
<context>
    <name>CopyDocument</name>
    <message>
        <source>My pathway plan</source>
        <comment>@title document to keep</comment>
        <translation>መደበይ</translation>
    </message>
    <message>
        <source>My health history</source>
        <comment>@title document to keep</comment>
        <translation>ታሪኽ ጥዕናይ</translation>
    </message>
    <message>
        <source>%1. Made on %2.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the young person&apos;s name, %2 the day it was made</extracomment>
        <translation>%1። ኣብ %2 ዝተሰርሐ።</translation>
    </message>
    <message>
        <source>My personal adviser (PA):</source>
        <comment>@label document to keep</comment>
        <translation>ውልቃዊ ኣማኻሪየይ (PA):</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <comment>@label document to keep</comment>
        <translation>ናይ መወዳእታ ምርመራ:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <comment>@label document to keep</comment>
        <translation>ዝቕጽል ምርመራ:</translation>
    </message>
    <message>
        <source>What we are aiming for:</source>
        <comment>@label document to keep</comment>
        <translation>ዕላማና:</translation>
    </message>
    <message>
        <source>In my own words:</source>
        <comment>@label document to keep</comment>
        <translation>ብናተይ ቃላት:</translation>
    </message>
    <message>
        <source>If the plan stops working:</source>
        <comment>@label document to keep</comment>
        <translation>መደብ እንተ ዘይሰሪሑ:</translation>
    </message>
    <message>
        <source>%1. Who: %2. By: %3. %4.</source>
        <comment>@info document to keep</comment>
        <extracomment>One step of a plan on a document to keep: %1 what, %2 who does it, %3 by when, %4 its status</extracomment>
        <translation>%1. መን: %2. ክሳብ: %3. %4.</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <comment>@info who</comment>
        <translation>ገና ኣይተሰማማዕናሉን</translation>
    </message>
    <message>
        <source>no date yet</source>
        <comment>@info by when</comment>
        <translation>ገና ዕለት የብሉን</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@title document to keep</comment>
        <translation>ስጉምትታት</translation>
    </message>
    <message>
        <source>Nothing written yet. Talk to your PA about it.</source>
        <comment>@info document to keep</comment>
        <translation>ገና ዝተጻሕፈ የለን። ብዛዕባኡ ምስ ኣማኻሪኻ ተዛረብ።</translation>
    </message>
    <message>
        <source>Not written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>ገና ኣይተጻሕፈን። ንኣማኻሪኻ ሕተት።</translation>
    </message>
    <message>
        <source>My GP, dentist and optician</source>
        <comment>@title document to keep</comment>
        <translation>ሓኪመይ (GP)፣ ሓኪም ስነይን ሓኪም ዓይነይን</translation>
    </message>
    <message>
        <source>How to use the NHS</source>
        <comment>@title document to keep</comment>
        <translation>ከመይ ጌርካ NHS ትጥቀም</translation>
    </message>
    <message>
        <source>In an emergency, when a life is at risk, call 999 or go to A&amp;E.</source>
        <comment>@info NHS guidance</comment>
        <translation>ኣብ ህጹጽ ኩነታት፣ ህይወት ኣብ ሓደጋ ምስ ዝኸውን፣ ናብ 999 ደውል ወይ ናብ A&amp;E (ክፍሊ ህጹጽ ረድኤት) ኪድ።</translation>
    </message>
    <message>
        <source>When you need help fast but it is not an emergency, call 111 or go to 111.nhs.uk. It is free, day and night.</source>
        <comment>@info NHS guidance</comment>
        <translation>ቀልጢፍካ ሓገዝ ምስ ዘድልየካ ግን ህጹጽ ኩነታት ምስ ዘይኮነ፣ ናብ 111 ደውል ወይ ናብ 111.nhs.uk ኪድ። ብናጻ እዩ፣ መዓልትን ለይትን።</translation>
    </message>
    <message>
        <source>For most health problems, book with your GP practice. Tell them when you move home.</source>
        <comment>@info NHS guidance</comment>
        <translation>ንመብዛሕትኡ ጸገማት ጥዕና፣ ኣብ ክሊኒክ GPኻ ቆጸራ ሓዝ። ገዛ ምስ እትቕይር ንገሮም።</translation>
    </message>
    <message>
        <source>A pharmacist can help with minor illnesses without an appointment.</source>
        <comment>@info NHS guidance</comment>
        <translation>ፋርማሲስት ብዘይ ቆጸራ ንቐለልቲ ሕማማት ክሕግዘካ ይኽእል።</translation>
    </message>
    <message>
        <source>Register with a dentist and an optician near where you live, and go for check-ups.</source>
        <comment>@info NHS guidance</comment>
        <translation>ኣብ ጥቓ እትነብረሉ ምስ ሓኪም ስኒን ሓኪም ዓይንን ተመዝገብ፣ ንምርመራ ድማ ኪድ።</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>ገና ዝተጻሕፈ የለን። ንኣማኻሪኻ ሕተት።</translation>
    </message>
    <message>
        <source>My health history was handed over to me on %1.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the day the health history was handed over</extracomment>
        <translation>ታሪኽ ጥዕናይ ኣብ %1 ተዋሂቡኒ።</translation>
    </message>
</context>
<context>
    <name>CopyToKeepCard</name>
    <message>
        <source>A copy of the plan to keep</source>
        <comment>@title</comment>
        <translation>ክትሕዞ ዝኽእል ቅዳሕ መደብ</translation>
    </message>
    <message>
        <source>A copy of the health history to keep</source>
        <comment>@title</comment>
        <translation>ክትሕዞ ዝኽእል ቅዳሕ ታሪኽ ጥዕና</translation>
    </message>
    <message>
        <source>Save it as a PDF file to print, share or keep on your phone.</source>
        <comment>@info</comment>
        <translation>ንምሕታም፣ ንምክፋል ወይ ኣብ ስልክኻ ንምሓዝ ከም ፋይል PDF ዓቅቦ።</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>ፋይላት PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <comment>@action:button</comment>
        <translation>ከም PDF ዓቅብ</translation>
    </message>
    <message>
        <source>Save as PDF: the plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">ከም PDF ዓቅብ: መደብ</translation>
    </message>
    <message>
        <source>Save as PDF: the health history</source>
        <comment>@action:button</comment>
        <translation type="vanished">ከም PDF ዓቅብ: ታሪኽ ጥዕና</translation>
    </message>
    <message>
        <source>Open to print or share</source>
        <comment>@action:button</comment>
        <translation>ንምሕታም ወይ ንምክፋል ክፈት</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <comment>@action:button</comment>
        <translation>ዕለት ምረጽ</translation>
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
        <translation>ዓውደ ኣዋርሕ ይኸፍት</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <comment>@title:window</comment>
        <translation>ዕለት ምረጽ</translation>
    </message>
</context>
<context>
    <name>DateTimeDialog</name>
    <message>
        <source>Time</source>
        <comment>@label:spinbox</comment>
        <translation>ሰዓት</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>@label:spinbox</comment>
        <translation>ሰዓት</translation>
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
        <translation>ደቒቕ</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@action:button</comment>
        <translation>ሕጂ</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>@action:button</comment>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>Choose %1 or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the latest date (or date and time) allowed</extracomment>
        <translation>%1 ወይ ቅድሚኡ ምረጽ።</translation>
    </message>
    <message>
        <source>Choose %1 or later.</source>
        <comment>@info</comment>
        <extracomment>%1 the earliest date (or date and time) allowed</extracomment>
        <translation>%1 ወይ ድሕሪኡ ምረጽ።</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>@action:button</comment>
        <translation>ምረጽ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info date and time</comment>
        <extracomment>A date and a time: %1 date, %2 time</extracomment>
        <translation>%1፣ %2</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>%1, %2</source>
        <comment>@info date and time</comment>
        <extracomment>A date and a time: %1 date, %2 time</extracomment>
        <translation>%1፣ %2</translation>
    </message>
    <message>
        <source>Choose a date and time</source>
        <comment>@action:button</comment>
        <translation>ዕለትን ሰዓትን ምረጽ</translation>
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
        <translation>ዓውደ ኣዋርሕ ይኸፍት</translation>
    </message>
    <message>
        <source>Choose a date and time</source>
        <comment>@title:window</comment>
        <translation>ዕለትን ሰዓትን ምረጽ</translation>
    </message>
</context>
<context>
    <name>DocumentEditPage</name>
    <message>
        <source>Add a document</source>
        <comment>@title:page</comment>
        <translation>ሰነድ ወስኽ</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>@title</comment>
        <extracomment>%1 a document, %2 the young person&apos;s name</extracomment>
        <translation>%1 ን%2</translation>
    </message>
    <message>
        <source>Which document</source>
        <comment>@label</comment>
        <translation>የኖ ሰነድ</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>ኩነታት</translation>
    </message>
    <message>
        <source>Due by</source>
        <comment>@label</comment>
        <translation>ክሳብ</translation>
    </message>
    <message>
        <source>No due date</source>
        <comment>@action:button</comment>
        <translation>ናይ መወዳእታ ዕለት የብሉን</translation>
    </message>
    <message>
        <source>Expires on</source>
        <comment>@label</comment>
        <translation>ዝውድኣሉ ዕለት</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <comment>@action:button</comment>
        <translation>ዝውድኣሉ ዕለት የብሉን</translation>
    </message>
    <message>
        <source>Who is helping</source>
        <comment>@label:listbox</comment>
        <translation>መን ይሕግዝ ኣሎ</translation>
    </message>
    <message>
        <source>Who is helping: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>Screen reader: %1 the person chosen</extracomment>
        <translation>መን ይሕግዝ ኣሎ: %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>መዘኻኸሪታት (ኣማራጺ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>ዓቅብ</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">%1 ዓቅብ</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>ሰነዳተይ</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Add a document</source>
        <comment>@action:button</comment>
        <translation>ሰነድ ወስኽ</translation>
    </message>
    <message>
        <source>Add a document to %1&apos;s checklist</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">ናብ ዝርዝር %1 ሰነድ ወስኽ</translation>
    </message>
    <message>
        <source>You asked your PA for help.</source>
        <comment>@info</comment>
        <translation>ካብ ኣማኻሪኻ ሓገዝ ሓቲትካ ኣለኻ።</translation>
    </message>
    <message>
        <source>I have it now</source>
        <comment>@action:button</comment>
        <translation>ሕጂ ኣለኒ</translation>
    </message>
    <message>
        <source>I have it now: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">ሕጂ ኣለኒ: %1</translation>
    </message>
    <message>
        <source>Ask my PA for help</source>
        <comment>@action:button</comment>
        <translation>ካብ ኣማኻሪየይ ሓገዝ ሕተት</translation>
    </message>
    <message>
        <source>Ask my PA for help with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ን%1 ካብ ኣማኻሪየይ ሓገዝ ሕተት</translation>
    </message>
    <message>
        <source>Confirm they have it</source>
        <comment>@action:button</comment>
        <translation>ከም ዘለዎ ኣረጋግጽ</translation>
    </message>
    <message>
        <source>Confirm they have %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">%1 ከም ዘለዎ ኣረጋግጽ</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>@action:button</comment>
        <translation>ቀይር</translation>
    </message>
    <message>
        <source>Change %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">%1 ቀይር</translation>
    </message>
    <message>
        <source>No documents on the checklist yet.</source>
        <comment>@info</comment>
        <translation>ኣብ ዝርዝር ገና ሰነድ የለን።</translation>
    </message>
    <message>
        <source>Add the documents they need with the button above.</source>
        <comment>@info</comment>
        <translation>ዘድልይዎ ሰነዳት በቲ ኣብ ላዕሊ ዘሎ መጠወቒ ወስኽ።</translation>
    </message>
    <message>
        <source>Your PA will add the documents you need.</source>
        <comment>@info</comment>
        <translation>ኣማኻሪኻ ዘድልየካ ሰነዳት ክውስኽ እዩ።</translation>
    </message>
</context>
<context>
    <name>EnrolCodeSheet</name>
    <message>
        <source>Set up %1&apos;s phone</source>
        <comment>@title:window</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>ስልኪ %1 ኣዳልው</translation>
    </message>
    <message>
        <source>Read the code out, or let them scan the QR code with their phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>ነቲ ኮድ ኣንብቦ፣ ወይ ብካሜራ ስልኮም QR ኮድ ክስካኑ ግደፎም።</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is the code spelt out one character at a time</extracomment>
        <translation>ኮድ: %1</translation>
    </message>
    <message>
        <source>QR code to set up their phone, with the same code</source>
        <comment>@info</comment>
        <translation>ስልኮም ንምድላው QR ኮድ፣ ምስቲ ሓደ ኮድ</translation>
    </message>
    <message>
        <source>On their phone:
1. Install Pathway and open it.
2. Tap &quot;I have a code from my PA&quot;.
3. Type the code, or scan the QR code with the camera.
4. They choose their own passphrase or PIN. Nobody else needs to know it.</source>
        <comment>@info</comment>
        <translation>ኣብ ስልኮም:
1. Pathway ኣእትዮም ይኽፈትዎ።
2. «ካብ ኣማኻሪየይ ኮድ ኣለኒ» ይጠውቑ።
3. ነቲ ኮድ ይጽሓፍዎ፣ ወይ QR ኮድ ብካሜራ ይስካንዎ።
4. ናቶም መሕለፊ ቃል ወይ PIN ይመርጹ። ካልእ ሰብ ክፈልጦ ኣየድልን።</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <comment>@action:button</comment>
        <translation>ሓድሽ ኮድ ስራሕ</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <source>Mark as entered in error?</source>
        <comment>@title:window</comment>
        <translation>ብጌጋ ከም ዝተመዝገበ ይመልከት?</translation>
    </message>
    <message>
        <source>It will no longer count as contact in any figure or alert. It stays on the record, struck through, with your reason.</source>
        <comment>@info</comment>
        <translation>ድሕሪ ሕጂ ኣብ ዝኾነ ቍጽሪ ወይ መጠንቀቕታ ከም ርክብ ኣይቑጸርን። ኣብ መዝገብ፣ ተሰሪዙ፡ ምስ ምኽንያትካ ይጸንሕ።</translation>
    </message>
    <message>
        <source>Why was it entered in error?</source>
        <comment>@label:textbox</comment>
        <translation>ስለምንታይ ብጌጋ ተመዝጊቡ?</translation>
    </message>
    <message>
        <source>For example: logged for the wrong young person</source>
        <comment>@info:placeholder</comment>
        <translation>ንኣብነት: ንካልእ መንእሰይ ተመዝጊቡ</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <comment>@action:button</comment>
        <translation>ብጌጋ ከም ዝተመዝገበ ምልክት ግበር</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>ሰርዝ</translation>
    </message>
</context>
<context>
    <name>EntitlementEditPage</name>
    <message>
        <source>For %1</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>ን%1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the status as recorded now</extracomment>
        <translation>ሕጂ: %1</translation>
    </message>
    <message>
        <source>New status</source>
        <comment>@label</comment>
        <translation>ሓድሽ ኩነታት</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>ካብ</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>መዘኻኸሪታት (ኣማራጺ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>ዓቅብ</translation>
    </message>
    <message>
        <source>Save the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">ኩነታት %1 ዓቅብ</translation>
    </message>
</context>
<context>
    <name>GlossaryTerms</name>
    <message>
        <source>Words explained</source>
        <comment>@title</comment>
        <translation>መብርሂ ቃላት</translation>
    </message>
</context>
<context>
    <name>HandoverEditPage</name>
    <message>
        <source>Health history handover</source>
        <comment>@title:page</comment>
        <translation>ምርካብ ታሪኽ ጥዕና</translation>
    </message>
    <message>
        <source>Health history for %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>ታሪኽ ጥዕና %1</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <comment>@label</comment>
        <translation>ዝተረከበሉ ዕለት</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>ብኸመይ</translation>
    </message>
    <message>
        <source>They agreed to their health history being shared</source>
        <comment>@option:check</comment>
        <translation>ታሪኽ ጥዕንኦም ክካፈል ተሰማሚዖም</translation>
    </message>
    <message>
        <source>They have their copy</source>
        <comment>@option:check</comment>
        <translation>ናቶም ቅዳሕ ኣለዎም</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>መዘኻኸሪታት (ኣማራጺ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Save the handover</source>
        <comment>@action:button</comment>
        <translation>ምርካብ ዓቅብ</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>ጥዕናይ</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Health history handover</source>
        <comment>@title</comment>
        <translation>ምርካብ ታሪኽ ጥዕና</translation>
    </message>
    <message>
        <source>Change the handover</source>
        <comment>@action:button</comment>
        <translation>ምርካብ ቀይር</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <comment>@action:button</comment>
        <translation>ምርካብ መዝግብ</translation>
    </message>
    <message>
        <source>Record the health history handover for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">ን%1 ምርካብ ታሪኽ ጥዕና መዝግብ</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <comment>@action:button</comment>
        <translation>ቆጸራ ወስኽ</translation>
    </message>
    <message>
        <source>Add a note</source>
        <comment>@action:button</comment>
        <translation>መዘኻኸሪ ወስኽ</translation>
    </message>
    <message>
        <source>Nothing in your health history yet.</source>
        <comment>@info</comment>
        <translation>ኣብ ታሪኽ ጥዕናኻ ገና ዋላ ሓደ የለን።</translation>
    </message>
    <message>
        <source>Add appointments and notes with the buttons above.</source>
        <comment>@info</comment>
        <translation>ቆጸራታትን መዘኻኸሪታትን በቶም ኣብ ላዕሊ ዘለዉ መጠወቕታት ወስኽ።</translation>
    </message>
    <message>
        <source>New appointment</source>
        <comment>@title:window</comment>
        <translation>ሓድሽ ቆጸራ</translation>
    </message>
    <message>
        <source>New note</source>
        <comment>@title:window</comment>
        <translation>ሓድሽ መዘኻኸሪ</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@info:placeholder</comment>
        <translation>እንታይ እዩ?</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@label:textbox</comment>
        <translation>እንታይ እዩ?</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>@label</comment>
        <translation>ዕለት</translation>
    </message>
    <message>
        <source>More details (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>ተወሳኺ ዝርዝር (ኣማራጺ)</translation>
    </message>
    <message>
        <source>More details</source>
        <comment>@label:textbox</comment>
        <translation>ተወሳኺ ዝርዝር</translation>
    </message>
</context>
<context>
    <name>HelpNowView</name>
    <message>
        <source>If you need help now</source>
        <comment>@title</comment>
        <translation>ሕጂ ሓገዝ እንተ ደሊኻ</translation>
    </message>
    <message>
        <source>Your PA may not answer straight away, for example at night. You can call:</source>
        <comment>@info</comment>
        <translation>ኣማኻሪኻ ብቕጽበት ክምልስ ዘይክእል ይኸውን፣ ንኣብነት ብለይቲ። ክትድውል ትኽእል ኢኻ:</translation>
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
        <translation>ናብ %1 ደውል</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <comment>@title:page</comment>
        <translation>መእተዊ</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <comment>@title</comment>
        <extracomment>Greeting; %1 is the young person&apos;s name</extracomment>
        <translation>ሰላም %1</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@title</comment>
        <translation>ኣማኻሪየይ</translation>
    </message>
    <message>
        <source>We last spoke: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is e.g. &quot;3 weeks ago&quot;</extracomment>
        <translation>ናይ መወዳእታ ዝተዘራረብናሉ: %1</translation>
    </message>
    <message>
        <source>My PA is %1. We last spoke: %2</source>
        <comment>@info</comment>
        <translation>ኣማኻሪየይ %1 እዩ። ናይ መወዳእታ ዝተዘራረብናሉ: %2</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@action:button</comment>
        <translation>ምስ ኣማኻሪየይ ተዛረብ</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@title</comment>
        <translation>ቀጺሉ ዝግበር</translation>
    </message>
    <message>
        <source>What to do next: %1 %2</source>
        <comment>@info</comment>
        <translation>ቀጺሉ ዝግበር: %1 %2</translation>
    </message>
    <message>
        <source>See my plan</source>
        <comment>@action:button</comment>
        <translation>መደበይ ርአ</translation>
    </message>
    <message>
        <source>My plan review</source>
        <comment>@title</comment>
        <translation>ምርመራ መደበይ</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Contact and support</source>
        <comment>@title plan area</comment>
        <translation>ርክብን ደገፍን</translation>
    </message>
    <message>
        <source>Education and training</source>
        <comment>@title plan area</comment>
        <translation>ትምህርትን ስልጠናን</translation>
    </message>
    <message>
        <source>Work and activities</source>
        <comment>@title plan area</comment>
        <translation>ስራሕን ንጥፈታትን</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <comment>@title plan area</comment>
        <translation>ነገራት እንተ ተበላሽዮም</translation>
    </message>
    <message>
        <source>Where I live</source>
        <comment>@title plan area</comment>
        <translation>ዝነብረሉ ቦታ</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <comment>@title plan area</comment>
        <translation>ስድራን ኣዕሩኽን</translation>
    </message>
    <message>
        <source>Skills for living</source>
        <comment>@title plan area</comment>
        <translation>ክእለታት ህይወት</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>@title plan area</comment>
        <translation>ገንዘብ</translation>
    </message>
    <message>
        <source>Health and feelings</source>
        <comment>@title plan area</comment>
        <translation>ጥዕናን ስምዒታትን</translation>
    </message>
    <message>
        <source>Who I am</source>
        <comment>@title plan area</comment>
        <translation>መን እየ</translation>
    </message>
    <message>
        <source>Who helps me and how we keep in touch</source>
        <comment>@info plan area</comment>
        <translation>መን ይሕግዘኒ፣ ከመይ ጌርና ንራኸብ</translation>
    </message>
    <message>
        <source>School, college, university or training</source>
        <comment>@info plan area</comment>
        <translation>ቤት ትምህርቲ፣ ኮለጅ፣ ዩኒቨርሲቲ ወይ ስልጠና</translation>
    </message>
    <message>
        <source>Jobs, apprenticeships and things I do</source>
        <comment>@info plan area</comment>
        <translation>ስራሕ፣ ልምምድ ስራሕን ዝገብሮም ነገራትን</translation>
    </message>
    <message>
        <source>What happens if my plan stops working</source>
        <comment>@info plan area</comment>
        <translation>መደበይ እንተ ዘይሰሪሑ እንታይ ይኸውን</translation>
    </message>
    <message>
        <source>My home, and if it is right for me</source>
        <comment>@info plan area</comment>
        <translation>ገዛይ፣ ንዓይ ዝሰማማዕ እንተ ኾይኑ</translation>
    </message>
    <message>
        <source>People who matter to me</source>
        <comment>@info plan area</comment>
        <translation>ኣገደስቲ ሰባት ንዓይ</translation>
    </message>
    <message>
        <source>Cooking, shopping, bills and other skills</source>
        <comment>@info plan area</comment>
        <translation>ምኽሻን፣ ዕድጊ፣ ክፍሊታትን ካልኦት ክእለታትን</translation>
    </message>
    <message>
        <source>My money and the help I can get</source>
        <comment>@info plan area</comment>
        <translation>ገንዘበይን ክረኽቦ ዝኽእል ሓገዝን</translation>
    </message>
    <message>
        <source>My body and my mind</source>
        <comment>@info plan area</comment>
        <translation>ኣካላተይን ኣእምሮይን</translation>
    </message>
    <message>
        <source>My culture, faith and language</source>
        <comment>@info plan area</comment>
        <translation>ባህለይ፣ እምነተይን ቋንቋይን</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>@info:status</comment>
        <translation>ኣይጀመረን</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>@info:status</comment>
        <translation>ጀሚሩ</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info:status</comment>
        <translation>ተፈጺሙ</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <comment>@info:status</comment>
        <translation>ሕጂ ኣየድልን</translation>
    </message>
    <message>
        <source>Proposed, waiting for the PA</source>
        <comment>@info:status</comment>
        <extracomment>A step the young person proposed; their PA has not answered yet</extracomment>
        <translation>ቀሪቡ፣ ንኣማኻሪ ይጽበ</translation>
    </message>
    <message>
        <source>Birth</source>
        <comment>@info health</comment>
        <translation>ልደት</translation>
    </message>
    <message>
        <source>Family health</source>
        <comment>@info health</comment>
        <translation>ጥዕና ስድራ</translation>
    </message>
    <message>
        <source>Growing up</source>
        <comment>@info health</comment>
        <translation>ምዕባይ</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <comment>@info health</comment>
        <translation>ክታበት</translation>
    </message>
    <message>
        <source>Allergy</source>
        <comment>@info health</comment>
        <translation>ኣለርጂ</translation>
    </message>
    <message>
        <source>Medicine</source>
        <comment>@info health</comment>
        <translation>መድሃኒት</translation>
    </message>
    <message>
        <source>Illness</source>
        <comment>@info health</comment>
        <translation>ሕማም</translation>
    </message>
    <message>
        <source>Hospital</source>
        <comment>@info health</comment>
        <translation>ሆስፒታል</translation>
    </message>
    <message>
        <source>Dentist check</source>
        <comment>@info health</comment>
        <translation>ምርመራ ስኒ</translation>
    </message>
    <message>
        <source>Eye test</source>
        <comment>@info health</comment>
        <translation>ምርመራ ዓይኒ</translation>
    </message>
    <message>
        <source>Feelings and mental health</source>
        <comment>@info health</comment>
        <translation>ስምዒታትን ጥዕና ኣእምሮን</translation>
    </message>
    <message>
        <source>My GP</source>
        <comment>@info health</comment>
        <translation>ሓኪመይ (GP)</translation>
    </message>
    <message>
        <source>My dentist</source>
        <comment>@info health</comment>
        <translation>ሓኪም ስነይ</translation>
    </message>
    <message>
        <source>My optician</source>
        <comment>@info health</comment>
        <translation>ሓኪም ዓይነይ</translation>
    </message>
    <message>
        <source>Using the NHS</source>
        <comment>@info health</comment>
        <translation>ምጥቃም NHS</translation>
    </message>
    <message>
        <source>Appointment</source>
        <comment>@info health</comment>
        <translation>ቆጸራ</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info health</comment>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <comment>@info document</comment>
        <translation>ቁጽሪ ሃገራዊ መድሕን (NI)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <comment>@info document</comment>
        <translation>ወረቐት ልደት</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>@info document</comment>
        <translation>ፓስፖርት</translation>
    </message>
    <message>
        <source>Provisional driving licence</source>
        <comment>@info document</comment>
        <translation>ግዝያዊ መንጃ ፍቓድ</translation>
    </message>
    <message>
        <source>Bank account</source>
        <comment>@info document</comment>
        <translation>ሕሳብ ባንክ</translation>
    </message>
    <message>
        <source>eVisa (UKVI account)</source>
        <comment>@info document</comment>
        <translation>eVisa (ሕሳብ UKVI)</translation>
    </message>
    <message>
        <source>Care leaver letter</source>
        <comment>@info document</comment>
        <translation>ደብዳበ ምውጻእ ካብ ክንክን</translation>
    </message>
    <message>
        <source>GP registration and NHS number</source>
        <comment>@info document</comment>
        <translation>ምምዝጋብ GPን ቁጽሪ NHSን</translation>
    </message>
    <message>
        <source>Health summary</source>
        <comment>@info document</comment>
        <translation>ጽማቕ ጥዕና</translation>
    </message>
    <message>
        <source>Junior ISA</source>
        <comment>@info document</comment>
        <translation>Junior ISA</translation>
    </message>
    <message>
        <source>Registered to vote</source>
        <comment>@info document</comment>
        <translation>ንድምጺ ተመዝጊቡ</translation>
    </message>
    <message>
        <source>Universal Credit (as a care leaver)</source>
        <comment>@info document</comment>
        <translation>Universal Credit (ከም ካብ ክንክን ዝወጸ)</translation>
    </message>
    <message>
        <source>I have it</source>
        <comment>@info:status document</comment>
        <translation>ኣለኒ</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>@info:status document</comment>
        <translation>ሓቲተ</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>@info:status document</comment>
        <translation>የለን</translation>
    </message>
    <message>
        <source>Not needed</source>
        <comment>@info:status document</comment>
        <translation>ኣየድልን</translation>
    </message>
    <message>
        <source>Not asked for yet</source>
        <comment>@info:status offer</comment>
        <translation>ገና ኣይተሓተን</translation>
    </message>
    <message>
        <source>Asked for</source>
        <comment>@info:status offer</comment>
        <translation>ተሓቲቱ</translation>
    </message>
    <message>
        <source>Claimed</source>
        <comment>@info:status offer</comment>
        <translation>ተጠሊቡ</translation>
    </message>
    <message>
        <source>Got it</source>
        <comment>@info:status offer</comment>
        <translation>ረኺበዮ</translation>
    </message>
    <message>
        <source>Not for me</source>
        <comment>@info:status offer</comment>
        <translation>ንዓይ ኣይኮነን</translation>
    </message>
    <message>
        <source>Said no thanks</source>
        <comment>@info:status offer</comment>
        <translation>ኣይፋል የቐንየለይ ኢለ</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>@info contact</comment>
        <translation>ምብጻሕ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>@info contact</comment>
        <translation>ናይ ስልኪ ጻውዒት</translation>
    </message>
    <message>
        <source>Video call</source>
        <comment>@info contact</comment>
        <translation>ናይ ቪድዮ ጻውዒት</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>@info contact</comment>
        <translation>ጽሑፍ መልእኽቲ</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>@info contact</comment>
        <translation>ደብዳበ</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <comment>@info contact</comment>
        <translation>ብኣካል ምምጻእ</translation>
    </message>
    <message>
        <source>Tried to reach</source>
        <comment>@info contact</comment>
        <translation>ክረክብ ፈቲነ</translation>
    </message>
    <message>
        <source>Eligible</source>
        <comment>@info care leaver category</comment>
        <translation>ብቑዕ</translation>
    </message>
    <message>
        <source>Relevant</source>
        <comment>@info care leaver category</comment>
        <translation>ተዛማዲ</translation>
    </message>
    <message>
        <source>Former relevant</source>
        <comment>@info care leaver category</comment>
        <translation>ናይ ቀደም ተዛማዲ</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <comment>@info care leaver category</comment>
        <translation>ዝበቅዕ</translation>
    </message>
    <message>
        <source>Not a care leaver</source>
        <comment>@info care leaver category</comment>
        <translation>ካብ ክንክን ዝወጸ ኣይኮነን</translation>
    </message>
    <message>
        <source>Moved home</source>
        <comment>@info chronology</comment>
        <translation>ገዛ ቀይሩ</translation>
    </message>
    <message>
        <source>Started education</source>
        <comment>@info chronology</comment>
        <translation>ትምህርቲ ጀሚሩ</translation>
    </message>
    <message>
        <source>Left education</source>
        <comment>@info chronology</comment>
        <translation>ትምህርቲ ገዲፉ</translation>
    </message>
    <message>
        <source>Started work</source>
        <comment>@info chronology</comment>
        <translation>ስራሕ ጀሚሩ</translation>
    </message>
    <message>
        <source>Left work</source>
        <comment>@info chronology</comment>
        <translation>ስራሕ ገዲፉ</translation>
    </message>
    <message>
        <source>Went into custody</source>
        <comment>@info chronology</comment>
        <translation>ተኣሲሩ</translation>
    </message>
    <message>
        <source>Left custody</source>
        <comment>@info chronology</comment>
        <translation>ካብ ማእሰርቲ ወጺኡ</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>@info chronology</comment>
        <translation>ጥንሲ</translation>
    </message>
    <message>
        <source>Became a parent</source>
        <comment>@info chronology</comment>
        <translation>ወላዲ ኮይኑ</translation>
    </message>
    <message>
        <source>Left care</source>
        <comment>@info chronology</comment>
        <translation>ካብ ክንክን ወጺኡ</translation>
    </message>
    <message>
        <source>Asylum decision</source>
        <comment>@info chronology</comment>
        <translation>ውሳነ ዑቕባ</translation>
    </message>
    <message>
        <source>Asked for a plan review</source>
        <comment>@info chronology</comment>
        <translation>ምርመራ መደብ ሓቲቱ</translation>
    </message>
    <message>
        <source>Other event</source>
        <comment>@info chronology</comment>
        <translation>ካልእ ፍጻመ</translation>
    </message>
    <message>
        <source>Born</source>
        <comment>@info chronology</comment>
        <translation>ተወሊዱ</translation>
    </message>
    <message>
        <source>PA allocated</source>
        <comment>@info chronology</comment>
        <translation>ኣማኻሪ ተመዲቡ</translation>
    </message>
    <message>
        <source>PA allocation ended</source>
        <comment>@info chronology</comment>
        <translation>ምድባብ ኣማኻሪ ተወዲኡ</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@info chronology</comment>
        <translation>ርክብ</translation>
    </message>
    <message>
        <source>Tried to make contact</source>
        <comment>@info chronology</comment>
        <translation>ክረክብ ተፈቲኑ</translation>
    </message>
    <message>
        <source>Plan review held</source>
        <comment>@info chronology</comment>
        <translation>ምርመራ መደብ ተኻይዱ</translation>
    </message>
    <message>
        <source>Health history handed over</source>
        <comment>@info chronology</comment>
        <translation>ታሪኽ ጥዕና ተረኪቡ</translation>
    </message>
    <message>
        <source>Document obtained</source>
        <comment>@info chronology</comment>
        <translation>ሰነድ ተረኺቡ</translation>
    </message>
    <message>
        <source>Regular review</source>
        <comment>@info review</comment>
        <translation>ስሩዕ ምርመራ</translation>
    </message>
    <message>
        <source>Asked for by the young person</source>
        <comment>@info review</comment>
        <translation>ብሕቶ መንእሰይ</translation>
    </message>
    <message>
        <source>After a big change</source>
        <comment>@info review</comment>
        <translation>ድሕሪ ዓቢ ለውጢ</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <comment>@info health handover</comment>
        <translation>ናይ ወረቐት ቅዳሕ</translation>
    </message>
    <message>
        <source>Digital copy</source>
        <comment>@info health handover</comment>
        <translation>ዲጂታላዊ ቅዳሕ</translation>
    </message>
    <message>
        <source>Paper and digital copies</source>
        <comment>@info health handover</comment>
        <translation>ናይ ወረቐትን ዲጂታላውን ቅዳሓት</translation>
    </message>
    <message numerus="yes">
        <source>Contact overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>ርክብ ብ%n መዓልቲ ደንጕዩ</numerusform>
            <numerusform>ርክብ ብ%n መዓልታት ደንጕዩ</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@info alert</comment>
        <translation>ግዜ ርክብ ቀሪቡ</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@info alert</comment>
        <translation>ኣማኻሪ ኣይተመደበን</translation>
    </message>
    <message>
        <source>Visit due after a move</source>
        <comment>@info alert</comment>
        <translation>ድሕሪ ምግዓዝ ምብጻሕ የድሊ</translation>
    </message>
    <message numerus="yes">
        <source>Plan review overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>ምርመራ መደብ ብ%n መዓልቲ ደንጕዩ</numerusform>
            <numerusform>ምርመራ መደብ ብ%n መዓልታት ደንጕዩ</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan review due soon</source>
        <comment>@info alert</comment>
        <translation>ግዜ ምርመራ መደብ ቀሪቡ</translation>
    </message>
    <message>
        <source>Health history not handed over</source>
        <comment>@info alert</comment>
        <translation>ታሪኽ ጥዕና ኣይተረከበን</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a document, e.g. Passport</extracomment>
        <translation>ዝጎደለ: %1</translation>
    </message>
    <message>
        <source>Missing ID</source>
        <comment>@info alert</comment>
        <translation>መንነት ዘርኢ ሰነድ የለን</translation>
    </message>
    <message>
        <source>Passport expires soon</source>
        <comment>@info alert</comment>
        <translation>ፓስፖርት ቀልጢፉ ይውዳእ</translation>
    </message>
    <message>
        <source>Birthday in-touch contact missed</source>
        <comment>@info alert</comment>
        <translation>ናይ ልደት ርክብ ተሓሊፉ</translation>
    </message>
    <message>
        <source>Asked for contact</source>
        <comment>@info alert</comment>
        <translation>ርክብ ሓቲቱ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>@info alert</comment>
        <translation>ኣቓልቦ የድልዮ</translation>
    </message>
    <message>
        <source>no date</source>
        <comment>@info</comment>
        <translation>ዕለት የብሉን</translation>
    </message>
    <message>
        <source>today</source>
        <comment>@info time</comment>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>@info time</comment>
        <translation>ትማሊ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>ቅድሚ %n መዓልቲ</numerusform>
            <numerusform>ቅድሚ %n መዓልታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>ቅድሚ %n ሰሙን</numerusform>
            <numerusform>ቅድሚ %n ሰሙናት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>ቅድሚ %n ወርሒ</numerusform>
            <numerusform>ቅድሚ %n ኣዋርሕ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>@info money</comment>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>%1 ኣብ ዓመት</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>@info money</comment>
        <translation>%1 ኣብ ወርሒ</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <comment>@info money</comment>
        <translation>%1 ኣብ ሰሙን</translation>
    </message>
    <message>
        <source>Copy made to keep</source>
        <comment>@info chronology</comment>
        <extracomment>A copy of the young person&apos;s plan or health history was made for them to keep</extracomment>
        <translation>ንምሓዝ ዝኸውን ቅዳሕ ተሰሪሑ</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <comment>@info recorded need</comment>
        <translation>ተርጓሚ የድልዮ</translation>
    </message>
    <message>
        <source>Needs an interpreter: %1</source>
        <comment>@info recorded need</comment>
        <extracomment>A recorded need shown to staff: %1 the young person&apos;s first language</extracomment>
        <translation>ተርጓሚ የድልዮ: %1</translation>
    </message>
    <message>
        <source>Not in education, work or training for too long</source>
        <comment>@info alert</comment>
        <translation>ንነዊሕ ግዜ ኣብ ትምህርቲ፣ ስራሕ ወይ ስልጠና የለን</translation>
    </message>
    <message>
        <source>Accommodation not suitable</source>
        <comment>@info alert</comment>
        <translation>መንበሪ ዘይሰማማዕ</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <extracomment>Label of the list of languages; each language is listed in its own words</extracomment>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 is the language in use, in its own words, e.g. &quot;العربية&quot;</extracomment>
        <translation>ቋንቋ: %1</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>ይጽዓን ኣሎ…</translation>
    </message>
</context>
<context>
    <name>LogContactPage</name>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>ርክብ መዝግብ</translation>
    </message>
    <message>
        <source>Who with</source>
        <comment>@label:listbox</comment>
        <translation>ምስ መን</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@label</comment>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>ብኸመይ</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>ተዘራሪብና (ዕዉት ርክብ)</translation>
    </message>
    <message>
        <source>Successful contact</source>
        <comment>@option:check</comment>
        <translation type="vanished">ዕዉት ርክብ</translation>
    </message>
    <message>
        <source>Seen alone</source>
        <comment>@option:check</comment>
        <translation>ንበይኑ ተራእዩ</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>መዘኻኸሪታት (ኣማራጺ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Save contact</source>
        <comment>@action:button</comment>
        <translation>ርክብ ዓቅብ</translation>
    </message>
    <message>
        <source>Log another contact</source>
        <comment>@action:button</comment>
        <translation>ካልእ ርክብ መዝግብ</translation>
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
        <translation>ክረኽቦ ዝኽእል</translation>
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
        <translation>ብኸመይ ትረኽቦ: %1</translation>
    </message>
    <message>
        <source>Ask for this</source>
        <comment>@action:button</comment>
        <translation>እዚ ሕተት</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">%1 ሕተት</translation>
    </message>
    <message>
        <source>Update status</source>
        <comment>@action:button</comment>
        <translation>ኩነታት ኣሐድስ</translation>
    </message>
    <message>
        <source>Update the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">ኩነታት %1 ኣሐድስ</translation>
    </message>
    <message>
        <source>No items of the local offer match right now.</source>
        <comment>@info</comment>
        <translation>ሕጂ ምሳኻ ዝሰማማዕ ናይ ከባቢ ኣገልግሎት የለን።</translation>
    </message>
    <message>
        <source>Ask your PA what help you can get.</source>
        <comment>@info</comment>
        <translation>እንታይ ሓገዝ ክትረክብ ከም እትኽእል ንኣማኻሪኻ ሕተቶ።</translation>
    </message>
    <message>
        <source>Ask for this: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">እዚ ሕተት: %1</translation>
    </message>
</context>
<context>
    <name>Pathway::AlertListModel</name>
    <message>
        <source>Coming due</source>
        <comment>@info alert tier</comment>
        <translation>ግዜኡ ይቐርብ ኣሎ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>@info alert tier</comment>
        <translation>ደንጕዩ</translation>
    </message>
    <message>
        <source>Escalated to a manager</source>
        <comment>@info alert tier</comment>
        <translation>ናብ ኣመሓዳሪ ተሰጊሩ</translation>
    </message>
    <message>
        <source>Contact may be lost</source>
        <comment>@info alert tier</comment>
        <extracomment>The young person has not been contacted for so long they may be lost to the service</extracomment>
        <translation>ርክብ ጠፊኡ ይኸውን</translation>
    </message>
    <message>
        <source>Needs action now</source>
        <comment>@info alert tier</comment>
        <translation>ሕጂ ስጉምቲ የድልዮ</translation>
    </message>
    <message>
        <source>A young person not on this device yet</source>
        <comment>@info</comment>
        <translation>ገና ኣብዚ መሳርሒ ዘየለ መንእሰይ</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: when something is due</extracomment>
        <translation>ግዜኡ %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: since when the alert&apos;s condition has been true</extracomment>
        <translation>ካብ %1</translation>
    </message>
    <message>
        <source>For a manager</source>
        <comment>@info alert audience</comment>
        <translation>ንኣመሓዳሪ</translation>
    </message>
    <message>
        <source>For the PA</source>
        <comment>@info alert audience</comment>
        <translation>ንኣማኻሪ</translation>
    </message>
    <message>
        <source>a member of staff</source>
        <comment>@info who acknowledged</comment>
        <translation>ሓደ ሰራሕተኛ</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <comment>@info alert</comment>
        <extracomment>%1 a member of staff, %2 a date and time</extracomment>
        <translation>ብ%1 ኣብ %2 ተረጋጊጹ</translation>
    </message>
    <message>
        <source>Acknowledgement as last checked with the server.</source>
        <comment>@info alert</comment>
        <translation>ምርግጋጽ፣ ከምቲ ናይ መወዳእታ ምስ ሰርቨር ዝተራእየ።</translation>
    </message>
    <message>
        <source>Found on this device. The server has not listed it yet, so it cannot be acknowledged yet.</source>
        <comment>@info alert</comment>
        <translation>ኣብዚ መሳርሒ ተረኺቡ። ሰርቨር ገና ኣይዘርዘሮን፣ ስለዚ ገና ክረጋገጽ ኣይክእልን።</translation>
    </message>
    <message>
        <source>Acknowledging needs a connection to the server.</source>
        <comment>@info alert</comment>
        <translation>ምርግጋጽ ምስ ሰርቨር ርክብ የድልዮ።</translation>
    </message>
    <message>
        <source>Sending the acknowledgement…</source>
        <comment>@info alert</comment>
        <translation>ምርግጋጽ ይለኣኽ ኣሎ…</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>ኣማኻሪ መድብ</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>መዝገብ ክፈት</translation>
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
        <translation>ፈተነ: እዞም መጠንቀቕታታት ኣብዚ መሳርሒ ይሰልሑ። ዝለኣኽ የለን፣ ስለዚ ክረጋገጹ ኣይክእሉን።</translation>
    </message>
    <message>
        <source>This device is not signed in to the server, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>እዚ መሳርሒ ናብ ሰርቨር ኣይኣተወን፣ ስለዚ እዚ ዝርዝር ኣብዚ መሳርሒ ይሰላሕ። ምርግጋጽ ርክብ የድልዮ።</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so this list is worked out on this device. Sign in again to acknowledge alerts.</source>
        <comment>@info</comment>
        <translation>ምእታውካ ግዜኡ ሓሊፉ፣ ስለዚ እዚ ዝርዝር ኣብዚ መሳርሒ ይሰላሕ። መጠንቀቕታታት ንምርግጋጽ ደጊምካ እቶ።</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>ምስ ሰርቨር ይርአ ኣሎ…</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>ሰርቨር ኣይርከብን፣ ስለዚ እዚ ዝርዝር ኣብዚ መሳርሒ ይሰላሕ። ምርግጋጽ ርክብ የድልዮ።</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device, with the acknowledgements as they were on %1. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>ሰርቨር ኣይርከብን፣ ስለዚ እዚ ዝርዝር ኣብዚ መሳርሒ ይሰላሕ፣ ምስቶም ኣብ %1 ዝነበሩ ምርግጋጻት። ምርግጋጽ ርክብ የድልዮ።</translation>
    </message>
    <message>
        <source>Checked with the server on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>ኣብ %1 ምስ ሰርቨር ተራእዩ።</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need(s) action.</source>
        <comment>@info</comment>
        <extracomment>The first sentence of the alerts page&apos;s summary; the second is separate so each can take plurals</extracomment>
        <translation>
            <numerusform>%n መጠንቀቕታ ስጉምቲ የድልዮ።</numerusform>
            <numerusform>%n መጠንቀቕታታት ስጉምቲ የድልዮም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged.</source>
        <comment>@info alerts</comment>
        <translation>
            <numerusform>%n ተረጋጊጹ።</numerusform>
            <numerusform>%n ተረጋጊጾም።</numerusform>
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
        <translation>መዘኻኸሪ ጽሓፍ: እንታይ ይግበር ከም ዘሎ፣ ወይ ስለምንታይ ክጽበ ከም ዝኽእል።</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n character(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>መዘኻኸሪ ነዊሕ እዩ: ብዝበዝሐ %n ፊደል።</numerusform>
            <numerusform>መዘኻኸሪ ነዊሕ እዩ: ብዝበዝሐ %n ፊደላት።</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: your sign-in has expired. Sign in again, then acknowledge.</source>
        <comment>@info</comment>
        <translation>ኣይተለኣኸን: ምእታውካ ግዜኡ ሓሊፉ። ደጊምካ እቶ፣ ድሕሪኡ ኣረጋግጽ።</translation>
    </message>
    <message>
        <source>Not sent: acknowledging needs a connection to the server. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>ኣይተለኣኸን: ምርግጋጽ ምስ ሰርቨር ርክብ የድልዮ። መዘኻኸሪኻ ኣብዚ ይዕቀብ፤ ኦንላይን ምስ ኮንካ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Not sent: the server has not listed this alert yet. It can be acknowledged after the next sync.</source>
        <comment>@info</comment>
        <translation>ኣይተለኣኸን: ሰርቨር ነዚ መጠንቀቕታ ገና ኣይዘርዘሮን። ድሕሪ ዝቕጽል ምስማዕ ክረጋገጽ ይኽእል።</translation>
    </message>
    <message>
        <source>Acknowledged. Everyone who sees this alert now sees your note.</source>
        <comment>@info</comment>
        <translation>ተረጋጊጹ። ነዚ መጠንቀቕታ ዝርኢ ኩሉ ሕጂ መዘኻኸሪኻ ይርኢ።</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>ኣይተለኣኸን: ሰርቨር ኣይርከብን። መዘኻኸሪኻ ኣብዚ ይዕቀብ፤ ኦንላይን ምስ ኮንካ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Not acknowledged: this alert has cleared on the server in the meantime.</source>
        <comment>@info</comment>
        <translation>ኣይተረጋገጸን: እዚ መጠንቀቕታ ኣብዚ ማእከል ኣብ ሰርቨር ተፈቲሑ።</translation>
    </message>
    <message>
        <source>Not acknowledged: the server no longer shows you this alert.</source>
        <comment>@info</comment>
        <translation>ኣይተረጋገጸን: ሰርቨር ነዚ መጠንቀቕታ ድሕሪ ሕጂ ኣየርኣየካን።</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept the note. Write a shorter note and try again.</source>
        <comment>@info</comment>
        <translation>ኣይተረጋገጸን: ሰርቨር ነቲ መዘኻኸሪ ኣይተቐበሎን። ሓጺር መዘኻኸሪ ጽሓፍ እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept it. Try again later.</source>
        <comment>@info</comment>
        <translation>ኣይተረጋገጸን: ሰርቨር ኣይተቐበሎን። ጸኒሕካ ደጊምካ ፈትን።</translation>
    </message>
</context>
<context>
    <name>Pathway::AppController</name>
    <message>
        <source>The first sync did not finish. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>እቲ ቀዳማይ ምስማዕ ኣይተወደአን። ርክብ ርአ እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>ምእታውካ ግዜኡ ሓሊፉ። ለውጥታትካ ኣብዚ መሳርሒ ይዕቀቡ።</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters or digits.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>እንተ ወሓደ %n ፊደል ወይ ቁጽሪ ተጠቐም።</numerusform>
            <numerusform>እንተ ወሓደ %n ፊደላት ወይ ቁጽርታት ተጠቐም።</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different. Type the same one twice.</source>
        <comment>@info</comment>
        <translation>እቶም ክልተ ዝጸሓፍካዮም ሓደ ኣይኮኑን። ሓደ ዓይነት ክልተ ግዜ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Sign in first: go back and type your e-mail and password, or your code.</source>
        <comment>@info</comment>
        <translation>መጀመርያ እቶ: ተመለስ እሞ ኢመይልካን መሕለፊ ቃልካን፣ ወይ ኮድካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation type="vanished">ካብ ኣማኻሪኻ ዝረኸብካዮ ሓድሽ ኮድ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation type="vanished">መሕለፊ ቃልካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation type="vanished">እቲ ኮድ ንካልእ ሰብ እዩ። እዚ ስልኪ ሓበሬታኻ ይዕቅብ፣ ስለዚ ንዓኻ ዝተሰርሐ ኮድ ጥራይ ኣብዚ ይሰርሕ። ካብ ኣማኻሪኻ ሓድሽ ሕተት።</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation type="vanished">እዚ ካልእ ሕሳብ እዩ። እዚ መሳርሒ ሓበሬታ እቲ ዘዳለዎ ሰብ ይዕቅብ፣ ስለዚ ንሱ ጥራይ ኣብዚ ክኣቱ ይኽእል። ዝተቐየረ የለን።</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation type="vanished">
            <numerusform>ብዙሕ ፈተነታት። %n ካልኢት ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</numerusform>
            <numerusform>ብዙሕ ፈተነታት። %n ካልኢታት ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation type="vanished">ሰርቨር ኣይርከብን። ለውጥታትካ ይዕቀቡ፤ ኦንላይን ምስ ኮንካ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">እቲ ኮድ ኣይሰርሐን። ተጠቒምካሉ ወይ ግዜኡ ሓሊፉ ይኸውን: ካብ ኣማኻሪኻ ሓድሽ ሕተት። ኣብዚ ስልኪ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">እቲ መሕለፊ ቃል ቅኑዕ ኣይኮነን። ኣብዚ መሳርሒ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation type="vanished">ምእታው ኣይሰርሐን። ለውጥታትካ ይዕቀቡ፤ ጸኒሕካ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>This device was signed out by your leaving-care service and the information on it was removed. If this is your device, sign in again.</source>
        <comment>@info</comment>
        <translation>እዚ መሳርሒ ብኣገልግሎት ምውጻእ ካብ ክንክን ካብ ሕሳብ ወጺኡ፣ ኣብኡ ዝነበረ ሓበሬታ ተደምሲሱ። ናትካ መሳርሒ እንተ ኾይኑ ደጊምካ እቶ።</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <comment>@info</comment>
        <translation>እቲ መሕለፊ ሓረግ ቅኑዕ ኣይኮነን። ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <comment>@info</comment>
        <translation>ብዙሕ ጌጋ ፈተነታት። ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>This device&apos;s key store cannot be reached. Unlock the device and try again.</source>
        <comment>@info</comment>
        <translation>መኽዘን መፍትሕ ናይዚ መሳርሒ ኣይርከብን። መሳርሒ ክፈቶ እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>There is no data on this device yet.</source>
        <comment>@info</comment>
        <translation>ኣብዚ መሳርሒ ገና ሓበሬታ የለን።</translation>
    </message>
    <message>
        <source>This device already has data. Unlock it instead.</source>
        <comment>@info</comment>
        <translation>እዚ መሳርሒ ድሮ ሓበሬታ ኣለዎ። ኣብ ክንድኡ ክፈቶ።</translation>
    </message>
    <message>
        <source>This device&apos;s data file is missing. Nothing was replaced. Restore it from a backup, or sign in again to download your records.</source>
        <comment>@info</comment>
        <translation>ፋይል ሓበሬታ ናይዚ መሳርሒ ጠፊኡ። ዝተተክአ የለን። ካብ ባክኣፕ መልሶ፣ ወይ መዛግብትኻ ንምውራድ ደጊምካ እቶ።</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <comment>@info</comment>
        <translation>ኣብዚ መሳርሒ ዘሎ ሓበሬታ ክኽፈት ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>Pathway::AttentionNotifier</name>
    <message>
        <source>Open alerts</source>
        <comment>@action:button notification</comment>
        <extracomment>The button of an OS notification that opens the alerts page</extracomment>
        <translation>መጠንቀቕታታት ክፈት</translation>
    </message>
    <message numerus="yes">
        <source>%n young people in your team have a new alert for a manager</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a manager&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>ኣብ ጉጅለኹም %n መንእሰይ ንኣመሓዳሪ ሓድሽ መጠንቀቕታ ኣለዎ</numerusform>
            <numerusform>ኣብ ጉጅለኹም %n መንእሰያት ንኣመሓዳሪ ሓድሽ መጠንቀቕታ ኣለዎም</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n young people on your caseload have a new alert</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a PA&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>ኣብ ዝርዝርኹም %n መንእሰይ ሓድሽ መጠንቀቕታ ኣለዎ</numerusform>
            <numerusform>ኣብ ዝርዝርኹም %n መንእሰያት ሓድሽ መጠንቀቕታ ኣለዎም</numerusform>
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
            <numerusform>%n መንእሰይ።</numerusform>
            <numerusform>%n መንእሰያት።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n ኣቓልቦ የድልዮ።</numerusform>
            <numerusform>%n ኣቓልቦ የድልዮም።</numerusform>
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
        <translation>ዝደንጐየ የለን</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>@info other alerts</comment>
        <translation>
            <numerusform>ከምኡ&apos;ውን %n ካልእ</numerusform>
            <numerusform>ከምኡ&apos;ውን %n ካልኦት</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <comment>@info</comment>
        <translation>ናይ መወዳእታ ርክብ %1</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <comment>@info</comment>
        <translation>ዝተመዝገበ ርክብ የለን</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>ሎሚ ክዛረብ ሓቲቱ</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>ክዛረብ ሓቲቱ</translation>
    </message>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>ዕድመ %1፣ %2</translation>
    </message>
    <message>
        <source>No PA</source>
        <comment>@info</comment>
        <translation>ኣማኻሪ የብሉን</translation>
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
        <translation>ሓደ ኣማኻሪ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1፣ %2</translation>
    </message>
</context>
<context>
    <name>Pathway::CircumstancesController</name>
    <message>
        <source>No activity recorded yet.</source>
        <comment>@info</comment>
        <translation>ገና ዝተመዝገበ ንጥፈት የለን።</translation>
    </message>
    <message>
        <source>%1, since %2.</source>
        <comment>@info activity</comment>
        <extracomment>%1 an activity (&quot;Other education, full time&quot;), %2 a date</extracomment>
        <translation>%1፣ ካብ %2።</translation>
    </message>
    <message>
        <source>No accommodation recorded yet.</source>
        <comment>@info</comment>
        <translation>ገና ዝተመዝገበ መንበሪ የለን።</translation>
    </message>
    <message>
        <source>%1, suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Independent living&quot;), %2 a date</extracomment>
        <translation>%1፣ ዝሰማማዕ፣ ካብ %2።</translation>
    </message>
    <message>
        <source>%1, not suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Bed and breakfast&quot;), %2 a date</extracomment>
        <translation>%1፣ ዘይሰማማዕ፣ ካብ %2።</translation>
    </message>
    <message>
        <source>Worked out from contacts around each birthday; nothing else recorded.</source>
        <comment>@info</comment>
        <translation>ኣብ ዙርያ ነፍሲ ወከፍ ልደት ካብ ዝተገብሩ ርክባት ዝተሰልሐ፤ ካልእ ዝተመዝገበ የለን።</translation>
    </message>
    <message>
        <source>%1, recorded from %2.</source>
        <comment>@info in touch</comment>
        <extracomment>%1 an in-touch status (&quot;Refuses contact&quot;), %2 a date</extracomment>
        <translation>%1፣ ካብ %2 ዝተመዝገበ።</translation>
    </message>
    <message>
        <source>disability not recorded</source>
        <comment>@info</comment>
        <translation>ስንክልና ኣይተመዝገበን</translation>
    </message>
    <message>
        <source>has a disability</source>
        <comment>@info</comment>
        <translation>ስንክልና ኣለዎ</translation>
    </message>
    <message>
        <source>no disability</source>
        <comment>@info</comment>
        <translation>ስንክልና የብሉን</translation>
    </message>
    <message>
        <source>Gender: %1. Ethnicity: %2. %3.</source>
        <comment>@info</comment>
        <extracomment>%1 gender, %2 ethnicity, %3 disability (&quot;no disability&quot;)</extracomment>
        <translation>ጾታ: %1። ብሄር: %2። %3።</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <comment>@option</comment>
        <translation>ስንክልና ኣለዎ</translation>
    </message>
    <message>
        <source>No disability</source>
        <comment>@option</comment>
        <translation>ስንክልና የብሉን</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@option</comment>
        <translation>ኣይተመዝገበን</translation>
    </message>
    <message>
        <source>Choose the day it started.</source>
        <comment>@info</comment>
        <translation>ዝጀመረሉ መዓልቲ ምረጽ።</translation>
    </message>
    <message>
        <source>The activity is recorded.</source>
        <comment>@info</comment>
        <translation>እቲ ንጥፈት ተመዝጊቡ።</translation>
    </message>
    <message>
        <source>Choose the day they moved in.</source>
        <comment>@info</comment>
        <translation>ዝኣተውሉ መዓልቲ ምረጽ።</translation>
    </message>
    <message>
        <source>The accommodation is recorded.</source>
        <comment>@info</comment>
        <translation>እቲ መንበሪ ተመዝጊቡ።</translation>
    </message>
    <message>
        <source>Choose the day it applies from.</source>
        <comment>@info</comment>
        <translation>ካብ መዓስ ከም ዝምልከት መዓልቲ ምረጽ።</translation>
    </message>
    <message>
        <source>The in-touch status is recorded.</source>
        <comment>@info</comment>
        <translation>ኩነታት ርክብ ተመዝጊቡ።</translation>
    </message>
    <message>
        <source>You cannot change this record.</source>
        <comment>@info</comment>
        <translation>ነዚ መዝገብ ክትቅይሮ ኣይትኽእልን ኢኻ።</translation>
    </message>
    <message>
        <source>Gender, ethnicity and disability are saved.</source>
        <comment>@info</comment>
        <translation>ጾታ፣ ብሄርን ስንክልናን ተዓቂቡ።</translation>
    </message>
</context>
<context>
    <name>Pathway::ConflictsModel</name>
    <message>
        <source>The young person&apos;s own words</source>
        <comment>@title conflict</comment>
        <translation>ናይ መንእሰይ ናቱ ቃላት</translation>
    </message>
    <message>
        <source>The goal</source>
        <comment>@title conflict</comment>
        <translation>ዕላማ</translation>
    </message>
    <message>
        <source>What happens if the plan stops working</source>
        <comment>@title conflict</comment>
        <translation>መደብ እንተ ዘይሰሪሑ እንታይ ይኸውን</translation>
    </message>
    <message>
        <source>The notes</source>
        <comment>@title conflict</comment>
        <translation>መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@title conflict</comment>
        <translation>ኣብ መደብ ሓደ ስጉምቲ</translation>
    </message>
    <message>
        <source>A text</source>
        <comment>@title conflict</comment>
        <translation>ሓደ ጽሑፍ</translation>
    </message>
    <message>
        <source>Plan, %1: %2</source>
        <comment>@title conflict</comment>
        <extracomment>%1 a plan area, %2 which text in it, e.g. &quot;Plan, Health: The goal&quot;</extracomment>
        <translation>መደብ፣ %1: %2</translation>
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
        <translation>%1. ኣብዚ መሳርሒ: %2. ካብ ሰርቨር: %3</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactLogController</name>
    <message>
        <source>The visit with %1 is already saved (%2).</source>
        <comment>@info</comment>
        <extracomment>%1 name, %2 the time it was saved</extracomment>
        <translation>ምብጻሕ ምስ %1 ድሮ ተዓቂቡ (%2)።</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <comment>@info</comment>
        <translation>እቲ ምብጻሕ ክዕቀብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Visit with %1 saved on this device.</source>
        <comment>@info</comment>
        <translation>ምብጻሕ ምስ %1 ኣብዚ መሳርሒ ተዓቂቡ።</translation>
    </message>
    <message>
        <source>Choose who the contact was with.</source>
        <comment>@info</comment>
        <translation>ርክብ ምስ መን ከም ዝነበረ ምረጽ።</translation>
    </message>
    <message>
        <source>Choose when the contact happened.</source>
        <comment>@info</comment>
        <translation>ርክብ መዓስ ከም ዝተገብረ ምረጽ።</translation>
    </message>
    <message>
        <source>%1 is in the future. Choose when the contact happened: now or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the time chosen</extracomment>
        <translation>%1 ኣብ መጻኢ እዩ። ርክብ መዓስ ከም ዝተገብረ ምረጽ: ሕጂ ወይ ቅድሚኡ።</translation>
    </message>
    <message>
        <source>Some of that is missing or too long.</source>
        <comment>@info</comment>
        <translation>ገሊኡ ጎዲሉ ወይ ነዊሕ እዩ።</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <comment>@info</comment>
        <translation>እቲ ርክብ ክዕቀብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>%1 with %2 saved on this device.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact, %2 name</extracomment>
        <translation>%1 ምስ %2 ኣብዚ መሳርሒ ተዓቂቡ።</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>@info</comment>
        <translation>ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>Give a reason for the amendment.</source>
        <comment>@info</comment>
        <translation>ምኽንያት ምእራም ሃብ።</translation>
    </message>
    <message>
        <source>Amendment saved. The original contact is kept.</source>
        <comment>@info</comment>
        <translation>ምእራም ተዓቂቡ። እቲ መበቆላዊ ርክብ ይዕቀብ።</translation>
    </message>
    <message>
        <source>That contact is not on this device.</source>
        <comment>@info</comment>
        <translation>እቲ ርክብ ኣብዚ መሳርሒ የለን።</translation>
    </message>
    <message>
        <source>This contact is marked as entered in error.</source>
        <comment>@info</comment>
        <translation>እዚ ርክብ ብጌጋ ከም ዝተመዝገበ ተመልኪቱ።</translation>
    </message>
    <message>
        <source>Say why this contact was entered in error.</source>
        <comment>@info</comment>
        <translation>እዚ ርክብ ስለምንታይ ብጌጋ ከም ዝተመዝገበ ግለጽ።</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <comment>@info</comment>
        <translation>እቲ ምኽንያት ነዊሕ እዩ።</translation>
    </message>
    <message>
        <source>The contact could not be marked as entered in error.</source>
        <comment>@info</comment>
        <translation>እቲ ርክብ ብጌጋ ከም ዝተመዝገበ ክምልከት ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact, and the request to talk it answered is open again. The original stays on the record.</source>
        <comment>@info</comment>
        <translation>ብጌጋ ከም ዝተመዝገበ ተመልኪቱ። ድሕሪ ሕጂ ከም ርክብ ኣይቑጸርን፣ እቲ ዝመለሶ ሕቶ ምዝራብ ድማ ደጊሙ ክፉት እዩ። እቲ መበቆላዊ ኣብ መዝገብ ይጸንሕ።</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact; the original stays on the record.</source>
        <comment>@info</comment>
        <translation>ብጌጋ ከም ዝተመዝገበ ተመልኪቱ። ድሕሪ ሕጂ ከም ርክብ ኣይቑጸርን፤ እቲ መበቆላዊ ኣብ መዝገብ ይጸንሕ።</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestController</name>
    <message>
        <source>Call %1 on %2</source>
        <comment>@action:button</comment>
        <extracomment>A button that phones: %1 who, %2 their number</extracomment>
        <translation>ናብ %1 ብ%2 ደውል</translation>
    </message>
    <message>
        <source>Out-of-hours team</source>
        <comment>@info helpline</comment>
        <translation>ጉጅለ ካብ ሰዓታት ስራሕ ወጻኢ</translation>
    </message>
    <message>
        <source>When your PA cannot answer</source>
        <comment>@info helpline</comment>
        <translation>ኣማኻሪኻ ክምልስ ምስ ዘይክእል</translation>
    </message>
    <message>
        <source>Emergency: police, ambulance, fire</source>
        <comment>@info helpline</comment>
        <translation>ህጹጽ: ፖሊስ፣ ኣምቡላንስ፣ ሓዊ ጠፋኢ</translation>
    </message>
    <message>
        <source>If you or someone else is in danger now</source>
        <comment>@info helpline</comment>
        <translation>ንስኻ ወይ ካልእ ሰብ ሕጂ ኣብ ሓደጋ እንተ ሃለኹም</translation>
    </message>
    <message>
        <source>Childline</source>
        <comment>@info helpline</comment>
        <translation>Childline</translation>
    </message>
    <message>
        <source>Free, day or night, if you are under 19</source>
        <comment>@info helpline</comment>
        <translation>ብነጻ፣ ለይትን መዓልትን፣ ትሕቲ 19 ዓመት እንተ ኾንካ</translation>
    </message>
    <message>
        <source>Samaritans</source>
        <comment>@info helpline</comment>
        <translation>Samaritans</translation>
    </message>
    <message>
        <source>Free, day or night, whatever you are going through</source>
        <comment>@info helpline</comment>
        <translation>ብነጻ፣ ለይትን መዓልትን፣ ዝኾነ ዘጋጥመካ</translation>
    </message>
    <message>
        <source>This request has been answered already.</source>
        <comment>@info</comment>
        <translation>እዚ ሕቶ ድሮ ተመሊሱ እዩ።</translation>
    </message>
    <message>
        <source>This request is no longer on this device.</source>
        <comment>@info</comment>
        <translation>እዚ ሕቶ ድሕሪ ሕጂ ኣብዚ መሳርሒ የለን።</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <comment>@info</comment>
        <translation>መጀመርያ መልስኻ ጽሓፍ።</translation>
    </message>
    <message>
        <source>The reply could not be saved. It may be too long.</source>
        <comment>@info</comment>
        <translation>እቲ መልሲ ክዕቀብ ኣይከኣለን። ነዊሕ ክኸውን ይኽእል።</translation>
    </message>
    <message>
        <source>Reply saved on this device. It is sent when you are online.</source>
        <comment>@info</comment>
        <translation>መልሲ ኣብዚ መሳርሒ ተዓቂቡ። ኦንላይን ምስ ኮንካ ይለኣኽ።</translation>
    </message>
    <message>
        <source>Choose how you talked.</source>
        <comment>@info</comment>
        <translation>ብኸመይ ከም ዝተዘራረብኩም ምረጽ።</translation>
    </message>
    <message>
        <source>The contact could not be saved. The notes may be too long.</source>
        <comment>@info</comment>
        <translation>እቲ ርክብ ክዕቀብ ኣይከኣለን። እቶም መዘኻኸሪታት ነዊሖም ክኾኑ ይኽእሉ።</translation>
    </message>
    <message>
        <source>%1 saved on this device. The request is answered.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact (&quot;Phone call&quot;)</extracomment>
        <translation>%1 ኣብዚ መሳርሒ ተዓቂቡ። እቲ ሕቶ ተመሊሱ።</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestsModel</name>
    <message>
        <source>%1 at %2</source>
        <comment>@info</comment>
        <extracomment>%1 how long ago (&quot;today&quot;, &quot;3 days ago&quot;), %2 a time (&quot;18:40&quot;)</extracomment>
        <translation>%1 ሰዓት %2</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>ሎሚ ክዛረብ ሓቲቱ</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>ክዛረብ ሓቲቱ</translation>
    </message>
    <message>
        <source>You asked to talk today</source>
        <comment>@info request</comment>
        <translation>ሎሚ ክትዛረብ ሓቲትካ</translation>
    </message>
    <message>
        <source>You asked to talk</source>
        <comment>@info request</comment>
        <translation>ክትዛረብ ሓቲትካ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>@info:status request</comment>
        <translation>ይጽበ ኣሎ</translation>
    </message>
    <message>
        <source>Saved on your phone. It goes to your PA when you are online.</source>
        <comment>@info:status</comment>
        <translation>ኣብ ስልክኻ ተዓቂቡ። ኦንላይን ምስ ኮንካ ናብ ኣማኻሪኻ ይኸይድ።</translation>
    </message>
    <message>
        <source>Not accepted: ask your PA in another way.</source>
        <comment>@info:status</comment>
        <translation>ኣይተቐበሎን: ንኣማኻሪኻ ብኻልእ መንገዲ ሕተቶ።</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <comment>@info:status</comment>
        <translation>መልስኻ ይጽበ</translation>
    </message>
    <message>
        <source>Your PA has it. Waiting for an answer.</source>
        <comment>@info:status</comment>
        <translation>ኣማኻሪኻ በጺሕዎ። መልሲ ይጽበ።</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>@info:status</comment>
        <translation>ተመሊሱ</translation>
    </message>
    <message>
        <source>Your PA</source>
        <comment>@info</comment>
        <translation>ኣማኻሪኻ</translation>
    </message>
    <message>
        <source>%1 replied: %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 their reply</extracomment>
        <translation>%1 መሊሱ: %2</translation>
    </message>
    <message>
        <source>%1 answered: %2, %3</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 kind of contact (&quot;Phone&quot;), %3 when</extracomment>
        <translation>%1 መሊሱ: %2፣ %3</translation>
    </message>
    <message>
        <source>Answered by %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 when</extracomment>
        <translation>ብ%1 ተመሊሱ፣ %2</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>@info:status</comment>
        <translation>ተሰሒቡ</translation>
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
        <translation>%1፣ %2. %3. %4</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactsModel</name>
    <message>
        <source>We talked</source>
        <comment>@info contact outcome</comment>
        <translation>ተዘራሪብና</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <comment>@info contact outcome</comment>
        <translation>ክረኽቦ ኣይከኣልኩን</translation>
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
        <translation>ብጌጋ ዝተመዝገበ: %1 (ብ%2 ዝተመልከተ)</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <comment>@info</comment>
        <extracomment>%1 why the contact was entered in error</extracomment>
        <translation>ብጌጋ ዝተመዝገበ: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@info contact outcome</comment>
        <translation>ብጌጋ ዝተመዝገበ</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 kind of contact, %2 when, %3 outcome</extracomment>
        <translation>%1፣ %2፣ %3</translation>
    </message>
</context>
<context>
    <name>Pathway::CopyToKeepController</name>
    <message>
        <source>That copy could not be made. Choose a folder on this device.</source>
        <comment>@info</comment>
        <translation>እቲ ቅዳሕ ክስራሕ ኣይከኣለን። ኣብዚ መሳርሒ ሓደ ፎልደር ምረጽ።</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <comment>@info</comment>
        <translation>እቲ ቅዳሕ ኣብኡ ክዕቀብ ኣይከኣለን። ካልእ ፎልደር ምረጽ።</translation>
    </message>
    <message>
        <source>Saved as %1. Open it to print or share it.</source>
        <comment>@info</comment>
        <extracomment>%1 the file&apos;s name, e.g. pathway-plan-2026-12-06.pdf</extracomment>
        <translation>ከም %1 ተዓቂቡ። ንምሕታም ወይ ንምክፋል ክፈቶ።</translation>
    </message>
    <message>
        <source>Saved as %1, but this device could not note it in the record.</source>
        <comment>@info</comment>
        <translation>ከም %1 ተዓቂቡ፣ ግን እዚ መሳርሒ ኣብ መዝገብ ክጽሕፎ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentEditController</name>
    <message>
        <source>A document</source>
        <comment>@title</comment>
        <translation>ሓደ ሰነድ</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <comment>@item:inlistbox who is helping</comment>
        <translation>ገና ሓደ&apos;ኳ የለን</translation>
    </message>
    <message>
        <source>%1 (their PA)</source>
        <comment>@item:inlistbox</comment>
        <extracomment>%1 the PA&apos;s name</extracomment>
        <translation>%1 (ኣማኻሪኦም)</translation>
    </message>
    <message>
        <source>%1 says they have it now. Check it, then save it as &quot;Have it&quot;.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>%1 ሕጂ ኣለኒ ይብል። ርአዮ፣ ድሕሪኡ ከም «ኣለኒ» ዓቅቦ።</translation>
    </message>
    <message>
        <source>%1 asked for help with this.</source>
        <comment>@info</comment>
        <translation>%1 ነዚ ሓገዝ ሓቲቱ።</translation>
    </message>
    <message>
        <source>Choose which document to add.</source>
        <comment>@info</comment>
        <translation>የኖ ሰነድ ክውሰኽ ምረጽ።</translation>
    </message>
    <message>
        <source>The expiry date is before the day they got it. Check the expiry date.</source>
        <comment>@info</comment>
        <translation>ዝውድኣሉ ዕለት ቅድሚ ዝረኸቡሉ መዓልቲ እዩ። ዝውድኣሉ ዕለት ርአ።</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <comment>@info document</comment>
        <translation>%1 ተሓዲሱ።</translation>
    </message>
    <message>
        <source>%1: confirmed that they have it.</source>
        <comment>@info document</comment>
        <translation>%1: ከም ዘለዎ ተረጋጊጹ።</translation>
    </message>
    <message>
        <source>Thank you. Your PA will check it and confirm.</source>
        <comment>@info</comment>
        <translation>የቐንየልና። ኣማኻሪኻ ክርእዮን ከረጋግጾን እዩ።</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentsModel</name>
    <message>
        <source>Out of date</source>
        <comment>@info:status document</comment>
        <translation>ግዜኡ ሓሊፉ</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>ዝውድኣሉ %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info</comment>
        <translation>ግዜኡ %1</translation>
    </message>
    <message>
        <source>%1 is helping</source>
        <comment>@info</comment>
        <extracomment>%1 is a person, e.g. the PA&apos;s name</extracomment>
        <translation>%1 ይሕግዝ ኣሎ</translation>
    </message>
    <message>
        <source>%1. %2 is helping</source>
        <comment>@info</comment>
        <translation>%1. %2 ይሕግዝ ኣሎ</translation>
    </message>
    <message>
        <source>They asked for help.</source>
        <comment>@info document</comment>
        <translation>ሓገዝ ሓቲቶም።</translation>
    </message>
    <message>
        <source>%1. They asked for help.</source>
        <comment>@info document</comment>
        <translation>%1. ሓገዝ ሓቲቶም።</translation>
    </message>
    <message>
        <source>Says they have it: confirm</source>
        <comment>@info:status document</comment>
        <translation>ኣለኒ ይብሉ: ኣረጋግጽ</translation>
    </message>
    <message>
        <source>Waiting for your PA to confirm</source>
        <comment>@info:status document</comment>
        <translation>ኣማኻሪኻ ክሳብ ዘረጋግጽ ይጽበ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1፣ %2</translation>
    </message>
</context>
<context>
    <name>Pathway::EnrolCodeController</name>
    <message>
        <source>It works once, until %1 at %2.</source>
        <comment>@info</comment>
        <extracomment>%1 is a date, e.g. &quot;Wednesday, 9 December 2026&quot;; %2 a time, e.g. &quot;14:05&quot;</extracomment>
        <translation>ሓደ ግዜ ይሰርሕ፣ ክሳብ %1 ሰዓት %2።</translation>
    </message>
    <message>
        <source>Waiting for their phone to use the code.</source>
        <comment>@info</comment>
        <translation>ስልኮም ነቲ ኮድ ክጥቀመሉ ይጽበ።</translation>
    </message>
    <message>
        <source>Done: %1&apos;s phone is set up. Their plan arrives on it now.</source>
        <comment>@info</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>ተፈጺሙ: ስልኪ %1 ተዳልዩ። መደቦም ሕጂ ናብኡ ይመጽእ።</translation>
    </message>
    <message>
        <source>This code has run out before it was used. Make a new one.</source>
        <comment>@info</comment>
        <translation>እዚ ኮድ ቅድሚ ምጥቃሙ ግዜኡ ሓሊፉ። ሓድሽ ስራሕ።</translation>
    </message>
    <message>
        <source>Making a code…</source>
        <comment>@info</comment>
        <translation>ኮድ ይስራሕ ኣሎ…</translation>
    </message>
    <message>
        <source>The demo has no server, so it cannot make a real code. Signed in to your council&apos;s server, this shows a code and a QR code for their phone.</source>
        <comment>@info</comment>
        <translation>እቲ ፈተነ ሰርቨር የብሉን፣ ስለዚ ሓቀኛ ኮድ ክሰርሕ ኣይክእልን። ናብ ሰርቨር ምምሕዳርካ ምስ ኣተኻ፣ እዚ ንስልኮም ኮድን QR ኮድን የርኢ።</translation>
    </message>
    <message>
        <source>Cannot reach the server. Making a code needs a connection: try again when you are online.</source>
        <comment>@info</comment>
        <translation>ሰርቨር ኣይርከብን። ኮድ ምስራሕ ርክብ የድልዮ: ኦንላይን ምስ ኮንካ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again, then make the code.</source>
        <comment>@info</comment>
        <translation>ምእታውካ ግዜኡ ሓሊፉ። ደጊምካ እቶ፣ ድሕሪኡ ኮድ ስራሕ።</translation>
    </message>
    <message>
        <source>Only their PA or their PA&apos;s manager can make a code for their phone.</source>
        <comment>@info</comment>
        <translation>ኣማኻሪኦም ወይ ኣመሓዳሪ ኣማኻሪኦም ጥራይ ንስልኮም ኮድ ክሰርሑ ይኽእሉ።</translation>
    </message>
    <message>
        <source>The server could not make a code. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>ሰርቨር ኮድ ክሰርሕ ኣይከኣለን። ድሕሪ ቁሩብ ደቓይቕ ደጊምካ ፈትን።</translation>
    </message>
</context>
<context>
    <name>Pathway::EntitlementEditController</name>
    <message>
        <source>%1 since %2</source>
        <comment>@info offer status</comment>
        <extracomment>%1 a status (&quot;Claimed&quot;), %2 a date</extracomment>
        <translation>%1 ካብ %2</translation>
    </message>
    <message>
        <source>Choose the date.</source>
        <comment>@info</comment>
        <translation>ዕለት ምረጽ።</translation>
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
        <translation>%1 እንታይ እዩ?</translation>
    </message>
    <message>
        <source>PA</source>
        <comment>@info glossary word</comment>
        <extracomment>Short for personal adviser</extracomment>
        <translation>ኣማኻሪ (PA)</translation>
    </message>
    <message>
        <source>GP</source>
        <comment>@info glossary word</comment>
        <extracomment>A family doctor (general practitioner)</extracomment>
        <translation>ሓኪም (GP)</translation>
    </message>
    <message>
        <source>NHS number</source>
        <comment>@info glossary word</comment>
        <translation>ቁጽሪ NHS</translation>
    </message>
    <message>
        <source>NI number</source>
        <comment>@info glossary word</comment>
        <extracomment>National Insurance number</extracomment>
        <translation>ቁጽሪ NI</translation>
    </message>
    <message>
        <source>eVisa</source>
        <comment>@info glossary word</comment>
        <translation>eVisa</translation>
    </message>
    <message>
        <source>Staying Put</source>
        <comment>@info glossary word</comment>
        <translation>ምጽናሕ (Staying Put)</translation>
    </message>
    <message>
        <source>Your PA (personal adviser) is the person from the council who helps you plan your life after care.</source>
        <comment>@info glossary</comment>
        <translation>ኣማኻሪኻ (PA) ካብ ምምሕዳር ዝመጽእ ሰብ እዩ። ካብ ክንክን ምስ ወጻእካ ንህይወትካ ክትውጥን ይሕግዘካ።</translation>
    </message>
    <message>
        <source>Your GP is your local doctor, who you see first when you are ill.</source>
        <comment>@info glossary</comment>
        <translation>GPኻ ናይ ከባቢኻ ሓኪም እዩ። ምስ ሓመምካ ቅድም ንዕኡ ትርእዮ።</translation>
    </message>
    <message>
        <source>Your NHS number is the number that links you to your health records.</source>
        <comment>@info glossary</comment>
        <translation>ቁጽሪ NHSኻ ምስ መዛግብ ጥዕናኻ ዘራኽበካ ቁጽሪ እዩ።</translation>
    </message>
    <message>
        <source>Your NI number is your own number for work, tax and benefits.</source>
        <comment>@info glossary</comment>
        <translation>ቁጽሪ NIኻ ንስራሕ፣ ግብርን ሓገዝ መንግስትን ዝኸውን ናይ ባዕልኻ ቁጽሪ እዩ።</translation>
    </message>
    <message>
        <source>An eVisa is the online proof of your right to live and work in the UK.</source>
        <comment>@info glossary</comment>
        <translation>eVisa ኣብ UK ክትነብርን ክትሰርሕን መሰል ከም ዘለካ ዘርኢ ናይ ኦንላይን መረጋገጺ እዩ።</translation>
    </message>
    <message>
        <source>Staying Put means you can keep living with your foster carers after you turn 18.</source>
        <comment>@info glossary</comment>
        <translation>ምጽናሕ (Staying Put) ማለት 18 ዓመት ምስ መላእካ&apos;ውን ምስ ኣለይቲ ስድራኻ (foster carers) ምንባር ክትቕጽል ትኽእል ማለት እዩ።</translation>
    </message>
</context>
<context>
    <name>Pathway::HandoverController</name>
    <message>
        <source>Your health history has not been handed to you yet. Your PA will do this before you are 18.</source>
        <comment>@info</comment>
        <translation>ታሪኽ ጥዕናኻ ገና ኣይተዋሃበካን። ኣማኻሪኻ ቅድሚ 18 ዓመት ምዃንካ ክገብሮ እዩ።</translation>
    </message>
    <message>
        <source>The health history has not been handed over yet.</source>
        <comment>@info</comment>
        <translation>ታሪኽ ጥዕና ገና ኣይተረከበን።</translation>
    </message>
    <message>
        <source>Handed over on %1, but the young person does not have their copy yet.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>ኣብ %1 ተረኪቡ፣ ግን እቲ መንእሰይ ገና ናቱ ቅዳሕ የብሉን።</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>ታሪኽ ጥዕናኻ ኣብ %1 ተዋሂቡካ።</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1 (%2).</source>
        <comment>@info</comment>
        <translation>ታሪኽ ጥዕናኻ ኣብ %1 ተዋሂቡካ (%2)።</translation>
    </message>
    <message>
        <source>Health history handed over on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>ታሪኽ ጥዕና ኣብ %1 ተረኪቡ።</translation>
    </message>
    <message>
        <source>Health history handed over on %1 (%2).</source>
        <comment>@info</comment>
        <translation>ታሪኽ ጥዕና ኣብ %1 ተረኪቡ (%2)።</translation>
    </message>
    <message>
        <source>Choose the day it was handed over.</source>
        <comment>@info</comment>
        <translation>ዝተረከበሉ መዓልቲ ምረጽ።</translation>
    </message>
    <message>
        <source>The health history handover is recorded.</source>
        <comment>@info</comment>
        <translation>ምርካብ ታሪኽ ጥዕና ተመዝጊቡ።</translation>
    </message>
</context>
<context>
    <name>Pathway::HealthModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 title, %2 kind, %3 date</extracomment>
        <translation>%1፣ %2፣ %3</translation>
    </message>
</context>
<context>
    <name>Pathway::NavigationModel</name>
    <message>
        <source>Home</source>
        <comment>@title:page</comment>
        <translation>መእተዊ</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>@action:inmenu short</comment>
        <extracomment>Bottom navigation on a phone: one short word</extracomment>
        <translation>መእተዊ</translation>
    </message>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>መደበይ</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@action:inmenu short</comment>
        <translation>መደብ</translation>
    </message>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>ጥዕናይ</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@action:inmenu short</comment>
        <translation>ጥዕና</translation>
    </message>
    <message>
        <source>What I can get</source>
        <comment>@title:page</comment>
        <extracomment>The local offer: what a care leaver can get from the council</extracomment>
        <translation>ክረኽቦ ዝኽእል</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@action:inmenu short</comment>
        <translation>ኣገልግሎት</translation>
    </message>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>ሰነዳተይ</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>@action:inmenu short</comment>
        <translation>ሰነዳት</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <extracomment>PA = personal adviser</extracomment>
        <translation>ምስ ኣማኻሪየይ ተዛረብ</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@action:inmenu short</comment>
        <translation>ኣማኻሪየይ</translation>
    </message>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>መንእሰያተይ</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@action:inmenu short</comment>
        <translation>መንእሰያት</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>ርክብ መዝግብ</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>@action:inmenu short</comment>
        <translation>መዝግብ</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <extracomment>Staff page: every alert of the caseload or team, to act on or acknowledge</extracomment>
        <translation>መጠንቀቕታታት</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@action:inmenu short</comment>
        <translation>መጠንቀቕታ</translation>
    </message>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>ሓፈሻዊ ትርኢት ጉጅለ</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>@action:inmenu short</comment>
        <translation>ጉጅለ</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@title:page</comment>
        <translation>ኣማኻሪ መድብ</translation>
    </message>
    <message>
        <source>Allocate</source>
        <comment>@action:inmenu short</comment>
        <translation>መድብ</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>ዝርዝራት ኣማኸርቲ</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@action:inmenu short</comment>
        <translation>ዝርዝራት</translation>
    </message>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>ክፍረሙ ዘለዎም ምርመራታት መደብ</translation>
    </message>
    <message>
        <source>Reviews</source>
        <comment>@action:inmenu short</comment>
        <translation>ምርመራታት</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>ምቅናዓት</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@action:inmenu short</comment>
        <translation>ምቅናዓት</translation>
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
        <translation>ኣፈጻጽማ</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>@action:inmenu short</comment>
        <translation>ኣፈጻጽማ</translation>
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
        <translation>%1፣ %2</translation>
    </message>
    <message>
        <source>%1. No longer offered to new claims</source>
        <comment>@info:status offer</comment>
        <extracomment>An offer item the council no longer offers to new claims; %1 the young person&apos;s status for it</extracomment>
        <translation>%1. ንሓደስቲ ጠለባት ድሕሪ ሕጂ ኣይቀርብን</translation>
    </message>
</context>
<context>
    <name>Pathway::PerformanceController</name>
    <message>
        <source>Contact in the last 8 weeks</source>
        <comment>@title figure</comment>
        <translation>ኣብ ዝሓለፈ 8 ሰሙን ርክብ</translation>
    </message>
    <message>
        <source>Plan reviewed in the last 6 months</source>
        <comment>@title figure</comment>
        <translation>ኣብ ዝሓለፈ 6 ኣዋርሕ መደብ ተመርሚሩ</translation>
    </message>
    <message>
        <source>Health history handed over by 18</source>
        <comment>@title figure</comment>
        <translation>ታሪኽ ጥዕና ክሳብ 18 ዓመት ተረኪቡ</translation>
    </message>
    <message>
        <source>Photo ID and bank account by 18</source>
        <comment>@title figure</comment>
        <translation>መንነት ምስ ስእሊን ሕሳብ ባንክን ክሳብ 18 ዓመት</translation>
    </message>
    <message>
        <source>Not in education, work or training (NEET)</source>
        <comment>@title figure</comment>
        <extracomment>NEET: not in education, employment or training</extracomment>
        <translation>ኣብ ትምህርቲ፣ ስራሕ ወይ ስልጠና የለን (NEET)</translation>
    </message>
    <message>
        <source>In touch around their latest birthday</source>
        <comment>@title figure</comment>
        <translation>ኣብ ዙርያ ናይ መወዳእታ ልደቶም ርክብ ኣሎ</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@title figure</comment>
        <translation>ኣማኻሪ ኣይተመደበን</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@title figure</comment>
        <translation>ዝርዝር ኣማኻሪ</translation>
    </message>
    <message>
        <source>Of every care leaver.</source>
        <comment>@info figure group</comment>
        <translation>ካብ ኩሎም ካብ ክንክን ዝወጹ መንእሰያት።</translation>
    </message>
    <message>
        <source>Of everyone aged 18 or over.</source>
        <comment>@info figure group</comment>
        <translation>ካብ ኩሎም 18 ዓመት ወይ ልዕሊኡ ዝዕድሚኦም።</translation>
    </message>
    <message>
        <source>Of everyone whose activity is recorded.</source>
        <comment>@info figure group</comment>
        <translation>ካብ ኩሎም ንጥፈቶም ዝተመዝገበ።</translation>
    </message>
    <message>
        <source>Of everyone whose birthday check ended in the last year.</source>
        <comment>@info figure group</comment>
        <extracomment>The DfE&apos;s &quot;in touch&quot; check: a contact within a month of the 17th to 21st birthdays</extracomment>
        <translation>ካብ ኩሎም ናይ ልደት ምርግጋጾም ኣብ ዝሓለፈ ዓመት ዝተወድአ።</translation>
    </message>
    <message>
        <source>Care leavers with no PA.</source>
        <comment>@info figure group</comment>
        <translation>ኣማኻሪ ዘይብሎም ካብ ክንክን ዝወጹ መንእሰያት።</translation>
    </message>
    <message>
        <source>Care leavers with a PA.</source>
        <comment>@info figure group</comment>
        <translation>ኣማኻሪ ዘለዎም ካብ ክንክን ዝወጹ መንእሰያት።</translation>
    </message>
    <message>
        <source>Whole team</source>
        <comment>@item:inlistbox</comment>
        <translation>ምሉእ ጉጅለ</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info figure value</comment>
        <translation>
            <numerusform>%n መንእሰይ</numerusform>
            <numerusform>%n መንእሰያት</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group</source>
        <comment>@info figure value</comment>
        <translation>ኣብዚ ጉጅለ ሓደ&apos;ኳ የለን</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <comment>@info figure value</comment>
        <extracomment>%1 a percentage (e.g. 75), %2 how many are counted, %3 out of how many</extracomment>
        <translation>%1% (%2 ካብ %3)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>@info month</comment>
        <extracomment>The current month on the Performance page, counted up to today; %1 month and year</extracomment>
        <translation>%1 (ክሳብ ሕጂ)</translation>
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
        <translation>%1: %2። %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>@title</comment>
        <extracomment>Who is behind a figure: %1 the figure, %2 month and year, %3 its value</extracomment>
        <translation>%1፣ %2: %3</translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>@info figure person</comment>
        <translation>ተቖጺሩ</translation>
    </message>
    <message>
        <source>Not counted</source>
        <comment>@info figure person</comment>
        <translation>ኣይተቖጽረን</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: %1 young person, %2 counted or not</extracomment>
        <translation>%1፣ %2</translation>
    </message>
</context>
<context>
    <name>Pathway::PlanModel</name>
    <message>
        <source>%1, by %2</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step: who does it and by when, e.g. &quot;My PA, by 12/03/2026&quot;</extracomment>
        <translation>%1፣ ክሳብ %2</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>@info:status</comment>
        <translation>ደንጕዩ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) to do</source>
        <comment>@info</comment>
        <extracomment>Screen reader: plan area and how many steps are still to do</extracomment>
        <translation>
            <numerusform>%1: %n ስጉምቲ ተሪፉ</numerusform>
            <numerusform>%1: %n ስጉምትታት ተሪፎም</numerusform>
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
        <translation>ኣብዚ መሳርሒ ተዓቂቡ። ርክብ ምስ ዝህሉ ናብ ሰርቨር ይኸይድ።</translation>
    </message>
    <message>
        <source>Saved on this device and on the server.</source>
        <comment>@info</comment>
        <translation>ኣብዚ መሳርሒን ኣብ ሰርቨርን ተዓቂቡ።</translation>
    </message>
    <message>
        <source>The server did not accept this change. Check it and save again, or ask your manager.</source>
        <comment>@info</comment>
        <translation>ሰርቨር ነዚ ለውጢ ኣይተቐበሎን። ርአዮ እሞ ደጊምካ ዓቅቦ፣ ወይ ንኣመሓዳሪኻ ሕተት።</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Open Conflicts to choose which to keep.</source>
        <comment>@info</comment>
        <translation>ካልእ ሰብ ኣብ ሓደ እዋን ነዚ ቀይርዎ። የኖ ክዕቀብ ንምምራጽ «ግጭታት» ክፈት።</translation>
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
        <translation>ዕለት ኣብ መጻኢ ክኸውን ኣይክእልን። ዝቐደመ ዕለት ምረጽ።</translation>
    </message>
    <message>
        <source>Some of that is too long. Shorten it and try again.</source>
        <comment>@info</comment>
        <translation>ገሊኡ ነዊሕ እዩ። ኣሕጽሮ እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Some of the dates do not fit together. Check them and try again.</source>
        <comment>@info</comment>
        <translation>ገለ ዕለታት ኣይሰማምዑን። ርአዮም እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Some of that is missing. Check and try again.</source>
        <comment>@info</comment>
        <translation>ገሊኡ ጎዲሉ። ርአ እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>You cannot make this change. Ask your PA or manager.</source>
        <comment>@info</comment>
        <translation>ነዚ ለውጢ ክትገብሮ ኣይትኽእልን ኢኻ። ንኣማኻሪኻ ወይ ኣመሓዳሪኻ ሕተት።</translation>
    </message>
    <message>
        <source>That could not be saved on this device. Try again.</source>
        <comment>@info</comment>
        <translation>ኣብዚ መሳርሒ ክዕቀብ ኣይከኣለን። ደጊምካ ፈትን።</translation>
    </message>
</context>
<context>
    <name>Pathway::RejectedChangesController</name>
    <message>
        <source>Not accepted: %1. %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: a change the server refused; %1 what, %2 why</extracomment>
        <translation>ኣይተቐበሎን: %1. %2</translation>
    </message>
    <message>
        <source>That could not be changed on this device.</source>
        <comment>@info</comment>
        <translation>ኣብዚ መሳርሒ ክቕየር ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Your change is undone. The saved version comes back when the app syncs.</source>
        <comment>@info</comment>
        <translation>ለውጥኻ ተመሊሱ። እቲ ዝተዓቀበ ቅዳሕ ኣፕ ምስ ዝሰማማዕ ይምለስ።</translation>
    </message>
    <message>
        <source>Your change is undone.</source>
        <comment>@info</comment>
        <translation>ለውጥኻ ተመሊሱ።</translation>
    </message>
    <message>
        <source>You cannot change this record now: they may have moved to another PA, or your role does not allow it.</source>
        <comment>@info rejected change</comment>
        <translation>ሕጂ ነዚ መዝገብ ክትቅይሮ ኣይትኽእልን: ናብ ካልእ ኣማኻሪ ተሰጊሮም ይኾኑ፣ ወይ ተራኻ ኣይፈቕድን።</translation>
    </message>
    <message>
        <source>Only your PA can make this change.</source>
        <comment>@info rejected change</comment>
        <translation>ኣማኻሪኻ ጥራይ እዩ ነዚ ለውጢ ክገብሮ ዝኽእል።</translation>
    </message>
    <message>
        <source>A saved contact cannot be changed.</source>
        <comment>@info rejected change</comment>
        <translation>ዝተዓቀበ ርክብ ክቕየር ኣይክእልን።</translation>
    </message>
    <message>
        <source>The clock on this device is wrong.</source>
        <comment>@info rejected change</comment>
        <translation>ሰዓት ናይዚ መሳርሒ ጌጋ እዩ።</translation>
    </message>
    <message>
        <source>Something in this change is missing or not right.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ ለውጢ ገለ ነገር ጎዲሉ ወይ ቅኑዕ ኣይኮነን።</translation>
    </message>
    <message>
        <source>This record belongs to someone this device cannot change.</source>
        <comment>@info rejected change</comment>
        <translation>እዚ መዝገብ ናይ ሓደ እዚ መሳርሒ ክቕይሮ ዘይክእል ሰብ እዩ።</translation>
    </message>
    <message>
        <source>This device was signed out by the service.</source>
        <comment>@info rejected change</comment>
        <translation>እዚ መሳርሒ ብኣገልግሎት ካብ ሕሳብ ወጺኡ።</translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <comment>@info rejected change</comment>
        <translation>ሰርቨር ኣይተቐበሎን።</translation>
    </message>
    <message>
        <source>Undo it here, and ask your manager who can make it.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ መልሶ፣ መን ክገብሮ ከም ዝኽእል ድማ ንኣመሓዳሪኻ ሕተት።</translation>
    </message>
    <message>
        <source>Undo it here, and tell your PA on the Talk page what you wanted.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ መልሶ፣ እንታይ ደሊኻ ከም ዝነበርካ ድማ ኣብ ገጽ «ተዛረብ» ንኣማኻሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>Undo it here. To correct a contact, mark it entered in error and log it again.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ መልሶ። ርክብ ንምእራም፣ ብጌጋ ከም ዝተመዝገበ ምልክት ግበሮ እሞ ደጊምካ መዝግቦ።</translation>
    </message>
    <message>
        <source>Set the right date and time in the device settings, then undo it here and make it again.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብ ምቅናዓት መሳርሒ ቅኑዕ ዕለትን ሰዓትን ኣቐምጥ፣ ድሕሪኡ ኣብዚ መልሶ እሞ ደጊምካ ግበሮ።</translation>
    </message>
    <message>
        <source>Undo it here and make the change again, or ask your manager.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ መልሶ እሞ ነቲ ለውጢ ደጊምካ ግበሮ፣ ወይ ንኣመሓዳሪኻ ሕተት።</translation>
    </message>
    <message>
        <source>Undo it here and try again, or ask your PA.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ መልሶ እሞ ደጊምካ ፈትን፣ ወይ ንኣማኻሪኻ ሕተት።</translation>
    </message>
    <message>
        <source>Words in the plan</source>
        <comment>@info rejected change</comment>
        <translation>ኣብ መደብ ዘለዉ ቃላት</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@info rejected change</comment>
        <translation>ኣብ መደብ ሓደ ስጉምቲ</translation>
    </message>
    <message>
        <source>A plan review</source>
        <comment>@info rejected change</comment>
        <translation>ሓደ ምርመራ መደብ</translation>
    </message>
    <message>
        <source>The health history</source>
        <comment>@info rejected change</comment>
        <translation>ታሪኽ ጥዕና</translation>
    </message>
    <message>
        <source>A document</source>
        <comment>@info rejected change</comment>
        <translation>ሓደ ሰነድ</translation>
    </message>
    <message>
        <source>Something from the local offer</source>
        <comment>@info rejected change</comment>
        <translation>ካብ ናይ ከባቢ ኣገልግሎት ሓደ ነገር</translation>
    </message>
    <message>
        <source>A contact</source>
        <comment>@info rejected change</comment>
        <translation>ሓደ ርክብ</translation>
    </message>
    <message>
        <source>A request to talk</source>
        <comment>@info rejected change</comment>
        <translation>ሕቶ ምዝራብ</translation>
    </message>
    <message>
        <source>An event in the history</source>
        <comment>@info rejected change</comment>
        <translation>ኣብ ታሪኽ ዘሎ ፍጻመ</translation>
    </message>
    <message>
        <source>A PA allocation</source>
        <comment>@info rejected change</comment>
        <translation>ምድባብ ኣማኻሪ</translation>
    </message>
    <message>
        <source>A change</source>
        <comment>@info rejected change</comment>
        <translation>ሓደ ለውጢ</translation>
    </message>
    <message>
        <source>Someone else has already given them a PA for these dates.</source>
        <comment>@info rejected change</comment>
        <translation>ካልእ ሰብ ነዞም ዕለታት እዚኣቶም ድሮ ኣማኻሪ መዲቡሎም እዩ።</translation>
    </message>
    <message>
        <source>The person chosen is not a PA of this service.</source>
        <comment>@info rejected change</comment>
        <translation>እቲ ዝተመርጸ ሰብ ናይዚ ኣገልግሎት ኣማኻሪ ኣይኮነን።</translation>
    </message>
    <message>
        <source>The service could not accept one detail of this change (%1).</source>
        <comment>@info rejected change</comment>
        <extracomment>%1 is the name of the detail the server refused, as the app stores it (e.g. &quot;notes&quot;, &quot;from&quot;)</extracomment>
        <translation>እቲ ኣገልግሎት ሓደ ዝርዝር ናይዚ ለውጢ ክቕበሎ ኣይከኣለን (%1)።</translation>
    </message>
    <message>
        <source>Undo it here. Once the app has synced, check who their PA is now, and allocate again if it is still needed.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ መልሶ። ኣፕ ምስ ተሰማምዐ፣ ሕጂ ኣማኻሪኦም መን ምዃኑ ርአ፣ ገና እንተ ኣድልዩ ድማ ደጊምካ መድብ።</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your manager.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ መልሶ እሞ ነቲ ለውጢ ደጊምካ ግበሮ። እንደገና እንተ ተነጺጉ፣ ነቲ ኣፕ ኣሐድሶ፣ ወይ ንኣመሓዳሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your PA on the Talk page.</source>
        <comment>@info rejected change</comment>
        <translation>ኣብዚ መልሶ እሞ ነቲ ለውጢ ደጊምካ ግበሮ። እንደገና እንተ ተነጺጉ፣ ነቲ ኣፕ ኣሐድሶ፣ ወይ ኣብ ገጽ «ተዛረብ» ንኣማኻሪኻ ንገሮ።</translation>
    </message>
    <message>
        <source>What they are doing (education, work or training)</source>
        <comment>@info rejected change</comment>
        <translation>እንታይ ይገብሩ (ትምህርቲ፣ ስራሕ ወይ ስልጠና)</translation>
    </message>
    <message>
        <source>Where they live</source>
        <comment>@info rejected change</comment>
        <translation>ኣበይ ይነብሩ</translation>
    </message>
    <message>
        <source>Whether they are in touch</source>
        <comment>@info rejected change</comment>
        <translation>ርክብ ከም ዘለዎም</translation>
    </message>
</context>
<context>
    <name>Pathway::ReturnsController</name>
    <message>
        <source>1 April %1 to 31 March %2</source>
        <comment>@info</comment>
        <extracomment>The SSDA903 collection year, e.g. &quot;1 April 2025 to 31 March 2026&quot;</extracomment>
        <translation>1 ሚያዝያ %1 ክሳብ 31 መጋቢት %2</translation>
    </message>
    <message>
        <source>Fetching the return from the server…</source>
        <comment>@info</comment>
        <translation>እቲ ጸብጻብ ካብ ሰርቨር ይመጽእ ኣሎ…</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this return.</source>
        <comment>@info</comment>
        <translation>ነዚ ጸብጻብ ክወስዱ ዝኽእሉ ኣመሓደርትን ኣመሓደርቲ ስርዓትን ጥራይ እዮም።</translation>
    </message>
    <message>
        <source>The return could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>እቲ ጸብጻብ ክመጽእ ኣይከኣለን። ርክብ ርአ እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>The return could not be saved in %1. Choose another folder.</source>
        <comment>@info</comment>
        <extracomment>%1 a folder</extracomment>
        <translation>እቲ ጸብጻብ ኣብ %1 ክዕቀብ ኣይከኣለን። ካልእ ፎልደር ምረጽ።</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n row(s).</source>
        <comment>@info</comment>
        <extracomment>%1 a file path; then how many young people are in it</extracomment>
        <translation>
            <numerusform>%1 ምስ %n መስመር ተዓቂቡ።</numerusform>
            <numerusform>%1 ምስ %n መስመራት ተዓቂቡ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n row(s) need correcting before it is sent.</source>
        <comment>@info</comment>
        <extracomment>%1 &quot;Saved ... with N rows.&quot;; then how many rows break a DfE rule</extracomment>
        <translation>
            <numerusform>%1 %n መስመር ቅድሚ ምልኣኹ ምእራም የድልዮ።</numerusform>
            <numerusform>%1 %n መስመራት ቅድሚ ምልኣኹ ምእራም የድልዮም።</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a day up to today: the list shows what was recorded by then.</source>
        <comment>@info</comment>
        <translation>ክሳብ ሎሚ ዘሎ መዓልቲ ምረጽ: እቲ ዝርዝር ክሳብ እታ መዓልቲ ዝተመዝገበ የርኢ።</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this list.</source>
        <comment>@info</comment>
        <translation>ነዚ ዝርዝር ክወስዱ ዝኽእሉ ኣመሓደርትን ኣካየድትን ጥራይ እዮም።</translation>
    </message>
    <message>
        <source>The server refused the day: choose a day up to today.</source>
        <comment>@info</comment>
        <translation>እቲ ሰርቨር ነታ መዓልቲ ኣይተቐበላን: ክሳብ ሎሚ ዘሎ መዓልቲ ምረጽ።</translation>
    </message>
    <message>
        <source>The list could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>እቲ ዝርዝር ክመጽእ ኣይከኣለን። ምትእስሳር ኣረጋግጽ እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>The server refused the list (%1). Sign in again or ask an administrator.</source>
        <comment>@info</comment>
        <extracomment>%1 the server&apos;s reason, a code such as &quot;login_required&quot;</extracomment>
        <translation>እቲ ሰርቨር ነቲ ዝርዝር ኣይተቐበሎን (%1)። ደጊምካ እቶ ወይ ንኣካያዲ ሕተት።</translation>
    </message>
</context>
<context>
    <name>Pathway::ReviewController</name>
    <message>
        <source>The review is overdue: it was due %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>እቲ ምርመራ ደንጕዩ: ግዜኡ %1 ነይሩ።</translation>
    </message>
    <message>
        <source>The review is due by %1.</source>
        <comment>@info</comment>
        <translation>እቲ ምርመራ ክሳብ %1 ክኸውን ኣለዎ።</translation>
    </message>
    <message>
        <source>Next review %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>ዝቕጽል ምርመራ %1።</translation>
    </message>
    <message>
        <source>No review recorded yet.</source>
        <comment>@info</comment>
        <translation>ገና ዝተመዝገበ ምርመራ የለን።</translation>
    </message>
    <message>
        <source>Choose the day the review was held.</source>
        <comment>@info</comment>
        <translation>እቲ ምርመራ ዝተኻየደሉ መዓልቲ ምረጽ።</translation>
    </message>
    <message>
        <source>Write what was agreed at the review.</source>
        <comment>@info</comment>
        <translation>ኣብቲ ምርመራ ዝተሰማምዑሉ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Choose a next review date after the review.</source>
        <comment>@info</comment>
        <translation>ድሕሪ እቲ ምርመራ ዝኸውን ዕለት ዝቕጽል ምርመራ ምረጽ።</translation>
    </message>
    <message>
        <source>The review is recorded.</source>
        <comment>@info</comment>
        <translation>እቲ ምርመራ ተመዝጊቡ።</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInAgainController</name>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation>ካብ ኣማኻሪኻ ዝረኸብካዮ ሓድሽ ኮድ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation>መሕለፊ ቃልካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>እቲ ኮድ ንካልእ ሰብ እዩ። እዚ ስልኪ ሓበሬታኻ ይዕቅብ፣ ስለዚ ንዓኻ ዝተሰርሐ ኮድ ጥራይ ኣብዚ ይሰርሕ። ካብ ኣማኻሪኻ ሓድሽ ሕተት።</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation>እዚ ካልእ ሕሳብ እዩ። እዚ መሳርሒ ሓበሬታ እቲ ዘዳለዎ ሰብ ይዕቅብ፣ ስለዚ ንሱ ጥራይ ኣብዚ ክኣቱ ይኽእል። ዝተቐየረ የለን።</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>ብዙሕ ፈተነታት። %n ካልኢት ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</numerusform>
            <numerusform>ብዙሕ ፈተነታት። %n ካልኢታት ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation>ሰርቨር ኣይርከብን። ለውጥታትካ ይዕቀቡ፤ ኦንላይን ምስ ኮንካ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation>እቲ ኮድ ኣይሰርሐን። ተጠቒምካሉ ወይ ግዜኡ ሓሊፉ ይኸውን: ካብ ኣማኻሪኻ ሓድሽ ሕተት። ኣብዚ ስልኪ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation>እቲ መሕለፊ ቃል ቅኑዕ ኣይኮነን። ኣብዚ መሳርሒ ዝተቐየረ የለን።</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation>ምእታው ኣይሰርሐን። ለውጥታትካ ይዕቀቡ፤ ጸኒሕካ ደጊምካ ፈትን።</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInJob</name>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or open the link they send you.</source>
        <comment>@info</comment>
        <translation>እዚ ኣፕ ገና ሰርቨር ምምሕዳርካ ኣይፈልጦን። ኣማኻሪኻ ናይ ስልክኻ QR ኮድ ከርእየካ ሕተቶ እሞ ብካሜራኻ ስካኖ፣ ወይ ዝሰደደልካ ሊንክ ክፈት።</translation>
    </message>
    <message>
        <source>Type the server address your council gave you, under Advanced.</source>
        <comment>@info</comment>
        <translation>ምምሕዳርካ ዝሃበካ ኣድራሻ ሰርቨር ኣብ ትሕቲ «ዝማዕበለ» ጽሓፍ።</translation>
    </message>
    <message>
        <source>That link does not work. Ask your PA to show you the QR code again, or type the code.</source>
        <comment>@info</comment>
        <translation>እቲ ሊንክ ኣይሰርሕን። ኣማኻሪኻ QR ኮድ ደጊሙ ከርእየካ ሕተቶ፣ ወይ ነቲ ኮድ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Type the code from your PA. It looks like 7KQ4-M2XD.</source>
        <comment>@info</comment>
        <translation>ካብ ኣማኻሪኻ ዝረኸብካዮ ኮድ ጽሓፍ። ከም 7KQ4-M2XD ይመስል።</translation>
    </message>
    <message>
        <source>Type your work e-mail and password.</source>
        <comment>@info</comment>
        <translation>ናይ ስራሕ ኢመይልካን መሕለፊ ቃልካን ጽሓፍ።</translation>
    </message>
    <message>
        <source>Cannot reach your council&apos;s server. Check that you are online (Wi-Fi or mobile data), then try again.</source>
        <comment>@info</comment>
        <translation>ሰርቨር ምምሕዳርካ ኣይርከብን። ኦንላይን ምዃንካ ርአ (Wi-Fi ወይ ሞባይል ዳታ)፣ ድሕሪኡ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check that you are online and, under Advanced, the server address, then try again.</source>
        <comment>@info</comment>
        <translation>ሰርቨር ኣይርከብን። ኦንላይን ምዃንካን፣ ኣብ ትሕቲ «ዝማዕበለ» ኣድራሻ ሰርቨርን ርአ፣ ድሕሪኡ ደጊምካ ፈትን።</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>ብዙሕ ፈተነታት። %n ደቒቕ ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</numerusform>
            <numerusform>ብዙሕ ፈተነታት። %n ደቓይቕ ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>ብዙሕ ፈተነታት። %n ካልኢት ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</numerusform>
            <numerusform>ብዙሕ ፈተነታት። %n ካልኢታት ተጸበ፣ ድሕሪኡ ደጊምካ ፈትን።</numerusform>
        </translation>
    </message>
    <message>
        <source>That code did not work. Check each letter and number. A code works once and only for a few days: if it still does not work, ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>እቲ ኮድ ኣይሰርሐን። ነፍሲ ወከፍ ፊደልን ቁጽርን ርአ። ኮድ ሓደ ግዜን ንቑሩብ መዓልታት ጥራይን ይሰርሕ: ሕጂ&apos;ውን እንተ ዘይሰሪሑ ካብ ኣማኻሪኻ ሓድሽ ሕተት።</translation>
    </message>
    <message>
        <source>That e-mail or password is not right. Check them and try again.</source>
        <comment>@info</comment>
        <translation>እቲ ኢመይል ወይ መሕለፊ ቃል ቅኑዕ ኣይኮነን። ርአዮም እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>The server did not let this device sign in. Ask your leaving-care service to check your account.</source>
        <comment>@info</comment>
        <translation>ሰርቨር ነዚ መሳርሒ ክኣቱ ኣይፈቐደሉን። ኣገልግሎት ምውጻእ ካብ ክንክን ሕሳብካ ክርእይዎ ሕተቶም።</translation>
    </message>
    <message>
        <source>This account cannot use the app. Use a PA&apos;s or a manager&apos;s account.</source>
        <comment>@info</comment>
        <translation>እዚ ሕሳብ ነቲ ኣፕ ክጥቀመሉ ኣይክእልን። ናይ ኣማኻሪ ወይ ኣመሓዳሪ ሕሳብ ተጠቐም።</translation>
    </message>
    <message>
        <source>Signing in did not work: the server had a problem. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>ምእታው ኣይሰርሐን: ሰርቨር ጸገም ነይሩዎ። ድሕሪ ቁሩብ ደቓይቕ ደጊምካ ፈትን።</translation>
    </message>
</context>
<context>
    <name>Pathway::SignOffController</name>
    <message>
        <source>someone</source>
        <comment>@info person</comment>
        <translation>ሓደ ሰብ</translation>
    </message>
    <message>
        <source>Held %1, recorded by %2</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the PA&apos;s name</extracomment>
        <translation>ኣብ %1 ተኻይዱ፣ ብ%2 ተመዝጊቡ</translation>
    </message>
    <message>
        <source>Who took part was not recorded.</source>
        <comment>@info</comment>
        <translation>መን ከም ዝተሳተፈ ኣይተመዝገበን።</translation>
    </message>
    <message>
        <source>Took part: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the people who took part, as the PA wrote them</extracomment>
        <translation>ተሳተፍቲ: %1</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>እቲ መንእሰይ ተሳቲፉ</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>እቲ መንእሰይ ኣይተሳተፈን</translation>
    </message>
    <message>
        <source>A later review was held on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>ዝቐጸለ ምርመራ ኣብ %1 ተኻይዱ።</translation>
    </message>
    <message>
        <source>The next review was due by %1 and is overdue: the PA records it when it is held.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>ዝቕጽል ምርመራ ክሳብ %1 ክኸውን ነይሩዎ፣ ደንጕዩ ድማ: ኣማኻሪ ምስ ተኻየደ ይምዝግቦ።</translation>
    </message>
    <message>
        <source>Next review by %1</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>ዝቕጽል ምርመራ ክሳብ %1</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <comment>@info</comment>
        <translation>ገና ኣይተፈረመን</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <comment>@info</comment>
        <extracomment>%1 the manager&apos;s name, %2 a date</extracomment>
        <translation>ብ%1 ኣብ %2 ተፈሪሙ</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>ምርመራ ተፈሪሙ።</translation>
    </message>
</context>
<context>
    <name>Pathway::SyncStatus</name>
    <message>
        <source>On this device only</source>
        <comment>@info:status</comment>
        <extracomment>Demo mode: nothing is sent anywhere</extracomment>
        <translation>ኣብዚ መሳርሒ ጥራይ</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>@info:status</comment>
        <translation>ኦፍላይን</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a percentage, e.g. 40</extracomment>
        <translation>ይሰማማዕ ኣሎ %1%</translation>
    </message>
    <message>
        <source>Sync failed, will retry</source>
        <comment>@info:status</comment>
        <translation>ምስማዕ ኣይሰለጠን፣ ደጊሙ ክፍትን እዩ</translation>
    </message>
    <message>
        <source>Signed out: sign in to send</source>
        <comment>@info:status</comment>
        <translation>ወጺእካ: ንምልኣኽ እቶ</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>@info:status</comment>
        <translation>ገና ኣይተሰማምዐን</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a time or date, e.g. 14:05</extracomment>
        <translation>ተሰማሚዑ %1</translation>
    </message>
    <message>
        <source>All saved</source>
        <comment>@info:status</comment>
        <translation>ኩሉ ተዓቂቡ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n ለውጢ ይጽበ</numerusform>
            <numerusform>%n ለውጥታት ይጽበዩ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n ግጭት የድልየካ</numerusform>
            <numerusform>%n ግጭታት የድልዩኻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n ለውጢ ኣይተቐበሎን</numerusform>
            <numerusform>%n ለውጥታት ኣይተቐበሎምን</numerusform>
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
        <translation>ኣማኻሪ ኣይተመደበን</translation>
    </message>
    <message>
        <source>Contact lost (6 months or more)</source>
        <comment>@label figure</comment>
        <translation>ርክብ ጠፊኡ (6 ኣዋርሕ ወይ ልዕሊኡ)</translation>
    </message>
    <message>
        <source>No contact for 12 weeks or more</source>
        <comment>@label figure</comment>
        <translation>ን12 ሰሙን ወይ ልዕሊኡ ርክብ የለን</translation>
    </message>
    <message>
        <source>Contact overdue (8 weeks)</source>
        <comment>@label figure</comment>
        <translation>ርክብ ደንጕዩ (8 ሰሙን)</translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@label figure</comment>
        <translation>ግዜ ርክብ ቀሪቡ</translation>
    </message>
    <message>
        <source>Plan reviews overdue</source>
        <comment>@label figure</comment>
        <translation>ዝደንጐዩ ምርመራታት መደብ</translation>
    </message>
    <message>
        <source>Health history not handed over at 18</source>
        <comment>@label figure</comment>
        <translation>ታሪኽ ጥዕና ኣብ 18 ዓመት ኣይተረከበን</translation>
    </message>
    <message>
        <source>Missing ID documents</source>
        <comment>@label figure</comment>
        <translation>ዝጎደሉ ሰነዳት መንነት</translation>
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
        <translation>ኣማኻሪ የብሉን</translation>
    </message>
    <message>
        <source>%1, PA: %2</source>
        <comment>@info</comment>
        <translation>%1፣ ኣማኻሪ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info caseload size</comment>
        <translation>
            <numerusform>%n መንእሰይ</numerusform>
            <numerusform>%n መንእሰያት</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>@info</comment>
        <translation>%1፣ %2</translation>
    </message>
    <message>
        <source>Held %1</source>
        <comment>@info</comment>
        <translation>ኣብ %1 ተኻይዱ</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>እቲ መንእሰይ ተሳቲፉ</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>እቲ መንእሰይ ኣይተሳተፈን</translation>
    </message>
    <message>
        <source>%1. %2. PA: %3</source>
        <comment>@info</comment>
        <translation>%1. %2. ኣማኻሪ: %3</translation>
    </message>
    <message>
        <source>Choose a young person and a PA.</source>
        <comment>@info</comment>
        <translation>መንእሰይን ኣማኻሪን ምረጽ።</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s PA.</source>
        <comment>@info</comment>
        <translation>%1 ድሮ ኣማኻሪ %2 እዩ።</translation>
    </message>
    <message>
        <source>%1 became %2&apos;s PA today. Another PA can be allocated from tomorrow.</source>
        <comment>@info</comment>
        <extracomment>%1 the current PA, %2 young person</extracomment>
        <translation>%1 ሎሚ ኣማኻሪ %2 ኮይኑ። ካብ ጽባሕ ካልእ ኣማኻሪ ክምደብ ይኽእል።</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>@info</comment>
        <translation>ሓደ ሰብ</translation>
    </message>
    <message>
        <source>The allocation could not be saved.</source>
        <comment>@info</comment>
        <translation>እቲ ምድባብ ክዕቀብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>%1 is now %2&apos;s PA.</source>
        <comment>@info</comment>
        <extracomment>%1 PA, %2 young person</extracomment>
        <translation>%1 ሕጂ ኣማኻሪ %2 እዩ።</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>ምርመራ ተፈሪሙ።</translation>
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <comment>@info</comment>
        <translation>እቲ ፊርማ ክዕቀብ ኣይከኣለን።</translation>
    </message>
</context>
<context>
    <name>Pathway::YoungPersonController</name>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>ዕድመ %1፣ %2</translation>
    </message>
    <message>
        <source>No PA yet</source>
        <comment>@info</comment>
        <translation>ገና ኣማኻሪ የለን</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>@info last contact</comment>
        <translation>ገና</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <comment>@info</comment>
        <translation>ሕጂ ዝግበር የለን</translation>
    </message>
    <message>
        <source>Late: was due %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>ደንጕዩ: ግዜኡ %1 ነይሩ</translation>
    </message>
    <message>
        <source>By %1</source>
        <comment>@info</comment>
        <translation>ክሳብ %1</translation>
    </message>
    <message>
        <source>No review yet</source>
        <comment>@info</comment>
        <translation>ገና ምርመራ የለን</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>ዝቕጽል ምርመራ %1</translation>
    </message>
    <message>
        <source>Your role cannot change this. Ask your manager.</source>
        <comment>@info</comment>
        <translation>ተራኻ ነዚ ክቕይሮ ኣይክእልን። ንኣመሓዳሪኻ ሕተት።</translation>
    </message>
    <message>
        <source>Only your PA can change this. Ask them on the Talk page.</source>
        <comment>@info</comment>
        <translation>ኣማኻሪኻ ጥራይ እዩ ነዚ ክቕይሮ ዝኽእል። ኣብ ገጽ «ተዛረብ» ሕተቶ።</translation>
    </message>
    <message>
        <source>Some of that is missing or too long. Check and try again.</source>
        <comment>@info</comment>
        <translation>ገሊኡ ጎዲሉ ወይ ነዊሕ እዩ። ርአ እሞ ደጊምካ ፈትን።</translation>
    </message>
    <message>
        <source>That could not be saved on this device.</source>
        <comment>@info</comment>
        <translation>ኣብዚ መሳርሒ ክዕቀብ ኣይከኣለን።</translation>
    </message>
    <message>
        <source>Well done! Step marked as done.</source>
        <comment>@info</comment>
        <translation>ይበል! እቲ ስጉምቲ ተፈጺሙ።</translation>
    </message>
    <message>
        <source>Your words are saved.</source>
        <comment>@info</comment>
        <translation>ቃላትካ ተዓቂቦም።</translation>
    </message>
    <message>
        <source>Plan updated.</source>
        <comment>@info</comment>
        <translation>መደብ ተሓዲሱ።</translation>
    </message>
    <message>
        <source>Your idea for a step is saved. Your PA will see it and agree it with you.</source>
        <comment>@info</comment>
        <translation>ሓሳብካ ንሓደ ስጉምቲ ተዓቂቡ። ኣማኻሪኻ ክርእዮን ምሳኻ ክሰማማዓሉን እዩ።</translation>
    </message>
    <message>
        <source>Step added.</source>
        <comment>@info</comment>
        <translation>ስጉምቲ ተወሲኹ።</translation>
    </message>
    <message>
        <source>Step accepted. It is now part of the plan.</source>
        <comment>@info</comment>
        <translation>ስጉምቲ ተቐቢሉ። ሕጂ ክፋል መደብ እዩ።</translation>
    </message>
    <message>
        <source>Step declined. Tell them why when you next talk.</source>
        <comment>@info</comment>
        <translation>ስጉምቲ ተነጺጉ። ካልእ ግዜ ምስ እትዘራረቡ ምኽንያቱ ንገሮም።</translation>
    </message>
    <message>
        <source>You asked for a review. Your PA will arrange it.</source>
        <comment>@info</comment>
        <translation>ምርመራ ሓቲትካ። ኣማኻሪኻ ከዳልዎ እዩ።</translation>
    </message>
    <message>
        <source>That date is not a real date. Choose it from the calendar.</source>
        <comment>@info</comment>
        <translation>እቲ ዕለት ሓቀኛ ዕለት ኣይኮነን። ካብ ዓውደ ኣዋርሕ ምረጾ።</translation>
    </message>
    <message>
        <source>Added to your health history.</source>
        <comment>@info</comment>
        <translation>ናብ ታሪኽ ጥዕናኻ ተወሲኹ።</translation>
    </message>
    <message>
        <source>Your PA will help you with this.</source>
        <comment>@info</comment>
        <translation>ኣማኻሪኻ ኣብዚ ክሕግዘካ እዩ።</translation>
    </message>
    <message>
        <source>You asked for it. Your PA will tell you what happens next.</source>
        <comment>@info</comment>
        <translation>ሓቲትካዮ። ኣማኻሪኻ ቀጺሉ እንታይ ከም ዝኸውን ክነግረካ እዩ።</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will contact you as soon as possible.</source>
        <comment>@info</comment>
        <translation>ተዓቂቡ። ኦንላይን ምስ ኮንካ ኣማኻሪኻ ይረኽቦ፣ ብዝተኻእለ መጠን ቀልጢፉ ድማ ክረኽበካ እዩ።</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will get in touch soon.</source>
        <comment>@info</comment>
        <translation>ተዓቂቡ። ኦንላይን ምስ ኮንካ ኣማኻሪኻ ይረኽቦ፣ ቀልጢፉ ድማ ክረኽበካ እዩ።</translation>
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
        <translation>ኣፈጻጽማ</translation>
    </message>
    <message>
        <source>Show the figures of</source>
        <comment>@label:listbox</comment>
        <translation>ቁጽርታት ኣርኢ ናይ</translation>
    </message>
    <message>
        <source>Show the figures of: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 the team or the PA whose figures are shown</extracomment>
        <translation>ናይ %1 ቁጽርታት ኣርኢ</translation>
    </message>
    <message>
        <source>Each figure month by month over the last 12 months. Choose a month, or a point on a chart, to see the young people behind it.</source>
        <comment>@info</comment>
        <translation>ነፍሲ ወከፍ ቁጽሪ ወርሒ ብወርሒ ኣብ ዝሓለፉ 12 ኣዋርሕ። ነቶም ኣብ ድሕሪኡ ዘለዉ መንእሰያት ንምርኣይ፣ ወርሒ ወይ ኣብ ሰንጠረዥ ሓደ ነጥቢ ምረጽ።</translation>
    </message>
    <message>
        <source>Nobody is in this group in this month.</source>
        <comment>@info</comment>
        <translation>ኣብዚ ወርሒ ኣብዚ ጉጅለ ሓደ&apos;ኳ የለን።</translation>
    </message>
    <message>
        <source>Close the list</source>
        <comment>@action:button</comment>
        <translation>ዝርዝር ዕጸው</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>መደበይ</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Ask for a review</source>
        <comment>@action:button</comment>
        <translation>ምርመራ ሕተት</translation>
    </message>
    <message>
        <source>Ask for a review of my plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">ምርመራ መደበይ ሕተት</translation>
    </message>
    <message>
        <source>Record a review</source>
        <comment>@action:button</comment>
        <translation>ምርመራ መዝግብ</translation>
    </message>
    <message>
        <source>Record a review held with %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">ምስ %1 ዝተኻየደ ምርመራ መዝግብ</translation>
    </message>
    <message>
        <source>In my words: %1</source>
        <comment>@info</comment>
        <translation>ብቃላተይ: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>@info plan step</comment>
        <extracomment>A plan step for a screen reader: what, who and when, status</extracomment>
        <translation>%1፣ %2፣ %3</translation>
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
        <translation>ተቐበል</translation>
    </message>
    <message>
        <source>Accept the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">ነቲ ዝቐረበ ስጉምቲ ተቐበል: %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>@action:button a proposed plan step</comment>
        <translation>ንጸግ</translation>
    </message>
    <message>
        <source>Decline the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">ነቲ ዝቐረበ ስጉምቲ ንጸግ: %1</translation>
    </message>
    <message>
        <source>Add my words</source>
        <comment>@action:button</comment>
        <translation>ቃላተይ ወስኽ</translation>
    </message>
    <message>
        <source>Add my words to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ናብ %1 ቃላተይ ወስኽ</translation>
    </message>
    <message>
        <source>Update with them</source>
        <comment>@action:button</comment>
        <translation>ምስኦም ኣሐድስ</translation>
    </message>
    <message>
        <source>Update %1 with the young person</source>
        <comment>@action:button</comment>
        <translation type="vanished">%1 ምስ መንእሰይ ኣሐድስ</translation>
    </message>
    <message>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>ስጉምቲ ወስኽ</translation>
    </message>
    <message>
        <source>Add a step to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ናብ %1 ስጉምቲ ወስኽ</translation>
    </message>
    <message>
        <source>What do you think? What do you want?</source>
        <comment>@info:placeholder</comment>
        <translation>እንታይ ትሓስብ? እንታይ ትደሊ?</translation>
    </message>
    <message>
        <source>My words</source>
        <comment>@label:textbox</comment>
        <translation>ቃላተይ</translation>
    </message>
    <message>
        <source>Goal, in plain words</source>
        <comment>@label:textbox</comment>
        <translation>ዕላማ፣ ብቐሊል ቃላት</translation>
    </message>
    <message>
        <source>Their own words</source>
        <comment>@label:textbox</comment>
        <translation>ናቶም ቃላት</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>እቲ መንእሰይ ተሳቲፉ</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@info:placeholder</comment>
        <translation>እንታይ ክግበር እዩ</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@label:textbox</comment>
        <translation>እንታይ ክግበር እዩ</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@info:placeholder</comment>
        <translation>መን ክገብሮ እዩ</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@label:textbox</comment>
        <translation>መን ክገብሮ እዩ</translation>
    </message>
    <message>
        <source>Within a week</source>
        <comment>@item:inlistbox</comment>
        <translation>ኣብ ውሽጢ ሰሙን</translation>
    </message>
    <message>
        <source>Within a month</source>
        <comment>@item:inlistbox</comment>
        <translation>ኣብ ውሽጢ ወርሒ</translation>
    </message>
    <message>
        <source>Within three months</source>
        <comment>@item:inlistbox</comment>
        <translation>ኣብ ውሽጢ ሰለስተ ኣዋርሕ</translation>
    </message>
    <message>
        <source>No date</source>
        <comment>@item:inlistbox</comment>
        <translation>ዕለት የብሉን</translation>
    </message>
    <message>
        <source>By when</source>
        <comment>@label:listbox</comment>
        <translation>ክሳብ መዓስ</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <comment>@action:button</comment>
        <extracomment>Read aloud one area of the plan; %1 the area</extracomment>
        <translation type="vanished">ብድምጺ ኣንብብ: %1</translation>
    </message>
    <message>
        <source>Update with them: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a plan area&apos;s heading; holds the button&apos;s words &quot;Update with them&quot;</extracomment>
        <translation type="vanished">ምስኦም ኣሐድስ: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation>ብድምጺ ኣንብብ</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>%1. PA: %2. Last contact: %3</source>
        <comment>@info</comment>
        <extracomment>%1 age and category, %2 PA name, %3 when last contacted</extracomment>
        <translation>%1. ኣማኻሪ: %2. ናይ መወዳእታ ርክብ: %3</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>ሕጂ ምብጻሕ መዝግብ</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">ሕጂ ምስ %1 ዝተገብረ ምብጻሕ መዝግብ</translation>
    </message>
    <message>
        <source>Log an earlier contact</source>
        <comment>@action:button</comment>
        <translation>ዝቐደመ ርክብ መዝግብ</translation>
    </message>
    <message>
        <source>Log an earlier contact with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ምስ %1 ዝቐደመ ርክብ መዝግብ</translation>
    </message>
    <message>
        <source>Set up their phone</source>
        <comment>@action:button</comment>
        <translation>ስልኮም ኣዳልው</translation>
    </message>
    <message>
        <source>Set up their phone: a code for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation type="vanished">ስልኮም ኣዳልው: ን%1 ኮድ</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@title:tab</comment>
        <translation>መደብ</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@title:tab</comment>
        <translation>ጥዕና</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@title:tab</comment>
        <translation>ኣገልግሎት</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>@title:tab</comment>
        <translation>ሰነዳት</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@title:tab</comment>
        <translation>ርክብ</translation>
    </message>
    <message>
        <source>Chronology</source>
        <comment>@title:tab</comment>
        <translation>ታሪኽ</translation>
    </message>
    <message>
        <source>Amend a contact</source>
        <comment>@title:window</comment>
        <translation>ርክብ ኣእርም</translation>
    </message>
    <message>
        <source>The original stays on the record; this adds an amendment.</source>
        <comment>@info</comment>
        <translation>እቲ መበቆላዊ ኣብ መዝገብ ይጸንሕ፤ እዚ ምእራም ይውስኽ።</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@info:placeholder</comment>
        <translation>ዝተኣረሙ መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@label:textbox</comment>
        <translation>ዝተኣረሙ መዘኻኸሪታት</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>ተዘራሪብና (ዕዉት ርክብ)</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@info:placeholder</comment>
        <translation>ስለምንታይ ይእረም</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@label:textbox</comment>
        <translation>ስለምንታይ ይእረም</translation>
    </message>
    <message>
        <source>Situation</source>
        <comment>@title:tab</comment>
        <extracomment>The tab with activity, accommodation, in touch, gender, ethnicity and disability</extracomment>
        <translation>ኩነታት</translation>
    </message>
</context>
<context>
    <name>RejectedPage</name>
    <message>
        <source>Not accepted</source>
        <comment>@title:page</comment>
        <translation>ኣይተቐበሎን</translation>
    </message>
    <message>
        <source>Undo my change</source>
        <comment>@action:button a refused change</comment>
        <translation>ለውጠይ መልስ</translation>
    </message>
    <message>
        <source>Undo my change: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ለውጠይ መልስ: %1</translation>
    </message>
    <message>
        <source>Every change was accepted.</source>
        <comment>@info</comment>
        <translation>ኩሉ ለውጢ ተቐቢሉ።</translation>
    </message>
    <message>
        <source>If the service cannot accept a change you make, it appears here with the reason and what to do.</source>
        <comment>@info</comment>
        <translation>ኣገልግሎት ዝገበርካዮ ለውጢ ክቕበሎ እንተ ዘይከኣለ፣ ምስ ምኽንያቱን እንታይ ክትገብር ከም ዘለካን ኣብዚ ይርአ።</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Log the contact</source>
        <comment>@action:button</comment>
        <translation>ርክብ መዝግብ</translation>
    </message>
    <message>
        <source>Log the contact: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 &quot;Asked to talk today&quot; and when</extracomment>
        <translation type="vanished">ርክብ መዝግብ: %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@action:button</comment>
        <translation>መልሲ</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">መልሲ: %1</translation>
    </message>
    <message>
        <source>Log the contact that answers it</source>
        <comment>@title:window</comment>
        <translation>ነቲ ዝምልሶ ርክብ መዝግብ</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>ዓቅብ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@info:placeholder</comment>
        <translation>ብዛዕባ እንታይ ተዘራሪብኩም (ሰራሕተኛታት ጥራይ)</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@label:textbox</comment>
        <translation>ብዛዕባ እንታይ ተዘራሪብኩም (ሰራሕተኛታት ጥራይ)</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@title:window</comment>
        <translation>መልሲ</translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>@action:button</comment>
        <translation>መልሲ ስደድ</translation>
    </message>
    <message>
        <source>The young person reads your reply in the app. It answers the request.</source>
        <comment>@info</comment>
        <translation>እቲ መንእሰይ መልስኻ ኣብ ኣፕ የንብቦ። ንሕቶኡ ይምልስ።</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@info:placeholder</comment>
        <translation>መልስኻ</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@label:textbox</comment>
        <translation>መልስኻ</translation>
    </message>
</context>
<context>
    <name>ReviewEditPage</name>
    <message>
        <source>Record a review</source>
        <comment>@title:page</comment>
        <translation>ምርመራ መዝግብ</translation>
    </message>
    <message>
        <source>Plan review with %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>ምስ %1 ምርመራ መደብ</translation>
    </message>
    <message>
        <source>Held on</source>
        <comment>@label</comment>
        <translation>ዝተኻየደሉ</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>@label</comment>
        <translation>ስለምንታይ</translation>
    </message>
    <message>
        <source>Who took part</source>
        <comment>@label:textbox</comment>
        <translation>መን ተሳቲፉ</translation>
    </message>
    <message>
        <source>Names and roles</source>
        <comment>@info:placeholder</comment>
        <translation>ኣስማትን ተራታትን</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>እቲ መንእሰይ ተሳቲፉ</translation>
    </message>
    <message>
        <source>Their views, in their words</source>
        <comment>@label:textbox</comment>
        <translation>ርእይቶኦም፣ ብቃላቶም</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <comment>@label:textbox</comment>
        <translation>ዝተሰማምዑሉ</translation>
    </message>
    <message>
        <source>Next review by</source>
        <comment>@label</comment>
        <translation>ዝቕጽል ምርመራ ክሳብ</translation>
    </message>
    <message>
        <source>Save the review</source>
        <comment>@action:button</comment>
        <translation>ምርመራ ዓቅብ</translation>
    </message>
</context>
<context>
    <name>ReviewSignOffPage</name>
    <message>
        <source>Sign off a review</source>
        <comment>@title:page</comment>
        <translation>ምርመራ ፈርም</translation>
    </message>
    <message>
        <source>Review of %1&apos;s plan</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>ምርመራ መደብ %1</translation>
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
        <translation>ርእይቶኦም: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <comment>@title</comment>
        <translation>መደብ</translation>
    </message>
    <message>
        <source>Read the review and the plan above before you sign it off.</source>
        <comment>@info</comment>
        <translation>ቅድሚ ምፍራምካ ነቲ ኣብ ላዕሊ ዘሎ ምርመራን መደብን ኣንብብ።</translation>
    </message>
    <message>
        <source>Sign off this review</source>
        <comment>@action:button</comment>
        <translation>ነዚ ምርመራ ፈርም</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">ምርመራ %1 ፈርም</translation>
    </message>
    <message>
        <source>Sign off this review?</source>
        <comment>@title:window</comment>
        <translation>እዚ ምርመራ ይፈረም?</translation>
    </message>
    <message>
        <source>You confirm that you have read %1&apos;s review and plan, and that the plan meets their needs.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>ምርመራን መደብን %1 ከም ዘንበብካ፣ እቲ መደብ ድማ ድሌታቶም ከም ዘማልእ ተረጋግጽ።</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>ክፍረሙ ዘለዎም ምርመራታት መደብ</translation>
    </message>
    <message>
        <source>Read and sign off</source>
        <comment>@action:button</comment>
        <translation>ኣንብብን ፈርምን</translation>
    </message>
    <message>
        <source>Read and sign off the review of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">ምርመራ %1 ኣንብብን ፈርምን</translation>
    </message>
    <message>
        <source>No reviews are waiting for sign-off.</source>
        <comment>@info</comment>
        <translation>ፊርማ ዝጽበ ምርመራ የለን።</translation>
    </message>
    <message>
        <source>Reviews appear here when a PA records one.</source>
        <comment>@info</comment>
        <translation>ኣማኻሪ ምርመራ ምስ ዝምዝግብ ኣብዚ ይርአ።</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>ምቅናዓት</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@title</comment>
        <translation>መጠን ጽሑፍ</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation>መጠን ጽሑፍ</translation>
    </message>
    <message>
        <source>Text is %1% of normal size.</source>
        <comment>@info</comment>
        <extracomment>%1 is a percentage, e.g. 150</extracomment>
        <translation>ጽሑፍ %1% ካብ ንቡር መጠን እዩ።</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <comment>@option:check</comment>
        <translation>ጸልማት ቅርጺ</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>@title</comment>
        <translation>ምዕጻው</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use:</source>
        <comment>@label:spinbox</comment>
        <translation>ድሕሪ እዚ ክንደይ ደቓይቕ ብዘይ ምጥቃም ይዕጾ:</translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <comment>@label:spinbox</comment>
        <translation>ክሳብ ምዕጻው ዘሎ ደቓይቕ</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>ሕጂ ዕጸው</translation>
    </message>
</context>
<context>
    <name>SetupAdvanced</name>
    <message>
        <source>Hide advanced settings</source>
        <comment>@action:button</comment>
        <translation>ዝማዕበለ ምቅናዓት ሕባእ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>@action:button</comment>
        <translation>ዝማዕበለ</translation>
    </message>
    <message>
        <source>This app connects to %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a web address, e.g. https://pathway.northbrook.gov.uk</extracomment>
        <translation>እዚ ኣፕ ምስ %1 ይራኸብ።</translation>
    </message>
    <message>
        <source>Another server address (only if your council gave you one)</source>
        <comment>@label:textbox</comment>
        <translation>ካልእ ኣድራሻ ሰርቨር (ምምሕዳርካ እንተ ሂቡካ ጥራይ)</translation>
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
        <translation>ናብ Pathway እንቋዕ ብደሓን መጻእካ</translation>
    </message>
    <message>
        <source>Your plan, your documents and your PA, on your phone. It works without internet.</source>
        <comment>@info</comment>
        <translation>መደብካ፣ ሰነዳትካን ኣማኻሪኻን፣ ኣብ ስልክኻ። ብዘይ ኢንተርነት&apos;ውን ይሰርሕ።</translation>
    </message>
    <message>
        <source>I have a code from my PA</source>
        <comment>@action:button</comment>
        <translation>ካብ ኣማኻሪየይ ኮድ ኣለኒ</translation>
    </message>
    <message>
        <source>I work for the council: sign in</source>
        <comment>@action:button</comment>
        <translation>ንምምሕዳር እሰርሕ: እቶ</translation>
    </message>
    <message>
        <source>Try the demo (no server needed)</source>
        <comment>@action:button</comment>
        <translation>ፈተነ ፈትን (ሰርቨር ኣየድልን)</translation>
    </message>
    <message>
        <source>Enter your code</source>
        <comment>@title</comment>
        <translation>ኮድካ ኣእቱ</translation>
    </message>
    <message>
        <source>Your PA gives you a code like 7KQ4-M2XD. If they show you a QR code instead, scan it with your phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>ኣማኻሪኻ ከም 7KQ4-M2XD ዝመስል ኮድ ይህበካ። ኣብ ክንድኡ QR ኮድ እንተ ኣርእዩካ፣ ብካሜራ ስልክኻ ስካኖ።</translation>
    </message>
    <message>
        <source>The code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>ካብ ኣማኻሪኻ ዝረኸብካዮ ኮድ</translation>
    </message>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or to send you the link.</source>
        <comment>@info</comment>
        <translation>እዚ ኣፕ ገና ሰርቨር ምምሕዳርካ ኣይፈልጦን። ኣማኻሪኻ ናይ ስልክኻ QR ኮድ ከርእየካ ሕተቶ እሞ ብካሜራኻ ስካኖ፣ ወይ ሊንክ ክሰደልካ ሕተቶ።</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>ቀጺሉ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@title</comment>
        <translation>እቶ</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>ናይ ስራሕ ኢመይል</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>Try the demo as…</source>
        <comment>@title</comment>
        <translation>ፈተነ ከም…</translation>
    </message>
    <message>
        <source>The demo uses made-up people. It is saved, encrypted, on this device only.</source>
        <comment>@info</comment>
        <translation>እቲ ፈተነ ዝተፈጥሩ ሰባት ይጥቀም። ኣብዚ መሳርሒ ጥራይ፣ ተመስጢሩ፡ ይዕቀብ።</translation>
    </message>
    <message>
        <source>A young person</source>
        <comment>@action:button</comment>
        <translation>መንእሰይ</translation>
    </message>
    <message>
        <source>A personal adviser (PA)</source>
        <comment>@action:button</comment>
        <translation>ውልቃዊ ኣማኻሪ (PA)</translation>
    </message>
    <message>
        <source>A manager</source>
        <comment>@action:button</comment>
        <translation>ኣመሓዳሪ</translation>
    </message>
    <message>
        <source>Choose a passphrase or PIN</source>
        <comment>@title</comment>
        <translation>መሕለፊ ሓረግ ወይ PIN ምረጽ</translation>
    </message>
    <message>
        <source>You will need it each time you open Pathway. It keeps your information safe if you lose your phone.</source>
        <comment>@info</comment>
        <translation>Pathway ኣብ ዝኸፈትካሉ ግዜ ኩሉ የድልየካ። ስልክኻ እንተ ጠፊኡ ሓበሬታኻ ብሰላም ይዕቅብ።</translation>
    </message>
    <message>
        <source>Use a PIN (numbers only)</source>
        <comment>@option:check</comment>
        <translation>PIN ተጠቐም (ቁጽርታት ጥራይ)</translation>
    </message>
    <message>
        <source>PIN</source>
        <comment>@info:placeholder</comment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@info:placeholder</comment>
        <translation>መሕለፊ ሓረግ</translation>
    </message>
    <message>
        <source>New passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>ሓድሽ መሕለፊ ሓረግ ወይ PIN</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@info:placeholder</comment>
        <translation>ደጊምካ ጽሓፎ</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation>ደጊምካ ጽሓፎ</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <comment>@action:button</comment>
        <translation>ዓቅብን ቀጽልን</translation>
    </message>
    <message>
        <source>Getting your information</source>
        <comment>@title</comment>
        <translation>ሓበሬታኻ ይመጽእ ኣሎ</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <comment>@info</comment>
        <translation>ምዕባለ ቀዳማይ ምስማዕ</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation>ደጊምካ ፈትን</translation>
    </message>
    <message>
        <source>Try the first sync again</source>
        <comment>@action:button</comment>
        <translation type="vanished">ቀዳማይ ምስማዕ ደጊምካ ፈትን</translation>
    </message>
    <message>
        <source>Continue without it</source>
        <comment>@action:button</comment>
        <translation>ብዘይኡ ቀጽል</translation>
    </message>
    <message>
        <source>Continue without the first sync</source>
        <comment>@action:button</comment>
        <translation type="vanished">ብዘይ ቀዳማይ ምስማዕ ቀጽል</translation>
    </message>
    <message>
        <source>Tries the first sync again</source>
        <comment>@info:accessible</comment>
        <translation>ቀዳማይ ምስምማዕ ደጊሙ ይፍትን</translation>
    </message>
    <message>
        <source>Continues without the first sync</source>
        <comment>@info:accessible</comment>
        <translation>ብዘይ ቀዳማይ ምስምማዕ ይቕጽል</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>%1 Back</source>
        <comment>@action:button</comment>
        <extracomment>Arrow pointing back (mirrored in right-to-left languages), then the word</extracomment>
        <translation>%1 ተመለስ</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>ተመለስ</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Signed in as %1</source>
        <comment>@info</comment>
        <translation>ከም %1 ኣቲኻ</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>ሕጂ ዕጸው</translation>
    </message>
</context>
<context>
    <name>SignInAgainBanner</name>
    <message numerus="yes">
        <source>Your sign-in has expired. Your changes are kept on this device: %n waiting to go up.</source>
        <comment>@info</comment>
        <extracomment>Banner on every page when the login has expired; %n is the number of changes not yet sent</extracomment>
        <translation>
            <numerusform>ምእታውካ ግዜኡ ሓሊፉ። ለውጥታትካ ኣብዚ መሳርሒ ይዕቀቡ: %n ክለኣኽ ይጽበ።</numerusform>
            <numerusform>ምእታውካ ግዜኡ ሓሊፉ። ለውጥታትካ ኣብዚ መሳርሒ ይዕቀቡ: %n ክለኣኹ ይጽበዩ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>ምእታውካ ግዜኡ ሓሊፉ። ለውጥታትካ ኣብዚ መሳርሒ ይዕቀቡ።</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <comment>@action:button</comment>
        <translation>ደጊምካ እቶ</translation>
    </message>
</context>
<context>
    <name>SignInAgainSheet</name>
    <message>
        <source>Sign in again</source>
        <comment>@title</comment>
        <translation>ደጊምካ እቶ</translation>
    </message>
    <message>
        <source>Ask your PA for a new code and type it here. Everything you did while signed out is kept on this phone and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>ካብ ኣማኻሪኻ ሓድሽ ኮድ ሕተት እሞ ኣብዚ ጽሓፎ። ካብ ሕሳብ ወጺእካ ከለኻ ዝገበርካዮ ኩሉ ኣብዚ ስልኪ ይዕቀብ፣ ምስ ኣተኻ ድማ ይለኣኽ።</translation>
    </message>
    <message>
        <source>Type the password for this account. Everything you did while signed out is kept on this device and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>ናይዚ ሕሳብ መሕለፊ ቃል ጽሓፍ። ካብ ሕሳብ ወጺእካ ከለኻ ዝገበርካዮ ኩሉ ኣብዚ መሳርሒ ይዕቀብ፣ ምስ ኣተኻ ድማ ይለኣኽ።</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>ናይ ስራሕ ኢመይል</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>መሕለፊ ቃል</translation>
    </message>
    <message>
        <source>The new code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>ካብ ኣማኻሪኻ ሓድሽ ኮድ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation>እቶ</translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>@action:button</comment>
        <translation>ሕጂ ኣይኮነን</translation>
    </message>
    <message>
        <source>Not now, keep working on this device</source>
        <comment>@action:button</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation type="vanished">ሕጂ ኣይኮነን፣ ኣብዚ መሳርሒ ምስራሕ ቀጽል</translation>
    </message>
    <message>
        <source>Closes this and keeps working on this device</source>
        <comment>@info:accessible</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation>እዚ ዓጺዩ ኣብዚ መሳርሒ ምስራሕ ይቕጽል</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>ተመለስ</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>ሕጂ ኣሰማምዕ</translation>
    </message>
</context>
<context>
    <name>TalkPage</name>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <translation>ምስ ኣማኻሪየይ ተዛረብ</translation>
    </message>
    <message>
        <source>My PA: %1</source>
        <comment>@title</comment>
        <extracomment>%1 is the PA&apos;s name</extracomment>
        <translation>ኣማኻሪየይ: %1</translation>
    </message>
    <message>
        <source>What do you want to talk about? (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>ብዛዕባ እንታይ ክትዛረብ ትደሊ? (ኣማራጺ)</translation>
    </message>
    <message>
        <source>Message to my PA</source>
        <comment>@label:textbox</comment>
        <translation>መልእኽቲ ናብ ኣማኻሪየይ</translation>
    </message>
    <message>
        <source>I need to talk today</source>
        <comment>@action:button</comment>
        <translation>ሎሚ ክዛረብ የድልየኒ</translation>
    </message>
    <message>
        <source>I need to talk today: ask my PA to contact me urgently</source>
        <comment>@action:button</comment>
        <translation type="vanished">ሎሚ ክዛረብ የድልየኒ: ኣማኻሪየይ ብህጹጽ ክረኽበኒ ሕተት</translation>
    </message>
    <message>
        <source>Talk when you can</source>
        <comment>@action:button</comment>
        <translation>ምስ ተኻእለ ንዘራረብ</translation>
    </message>
    <message>
        <source>Talk when you can: ask my PA to contact me when convenient</source>
        <comment>@action:button</comment>
        <translation type="vanished">ምስ ተኻእለ ንዘራረብ: ኣማኻሪየይ ምስ ተመቾኦ ክረኽበኒ ሕተት</translation>
    </message>
    <message>
        <source>My requests</source>
        <comment>@title</comment>
        <translation>ሕቶታተይ</translation>
    </message>
    <message>
        <source>Our contact</source>
        <comment>@title</comment>
        <translation>ርክባትና</translation>
    </message>
    <message>
        <source>Asks my PA to contact me urgently</source>
        <comment>@info:accessible</comment>
        <translation>ኣማኻሪየይ ብህጹጽ ክረኽበኒ ይሓትት</translation>
    </message>
    <message>
        <source>Asks my PA to contact me when convenient</source>
        <comment>@info:accessible</comment>
        <translation>ኣማኻሪየይ ምስ ተመቸኦ ክረኽበኒ ይሓትት</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>ሓፈሻዊ ትርኢት ጉጅለ</translation>
    </message>
    <message>
        <source>Who needs attention</source>
        <comment>@title</comment>
        <translation>መን ኣቓልቦ የድልዮ</translation>
    </message>
    <message>
        <source>PA: %1</source>
        <comment>@info</comment>
        <translation>ኣማኻሪ: %1</translation>
    </message>
    <message>
        <source>Choose a figure to see who it is about.</source>
        <comment>@info</comment>
        <translation>ብዛዕባ መን ምዃኑ ንምርኣይ ሓደ ቁጽሪ ምረጽ።</translation>
    </message>
    <message>
        <source>Nobody is in this group right now.</source>
        <comment>@info</comment>
        <translation>ሕጂ ኣብዚ ጉጅለ ሓደ&apos;ኳ የለን።</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3)</source>
        <comment>@title</comment>
        <translation>ናይ SSDA903 ጸብጻብ ካብ ክንክን ዝወጹ መንእሰያት (OC3)</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3), %1</source>
        <comment>@info</comment>
        <translation>ናይ SSDA903 ጸብጻብ ካብ ክንክን ዝወጹ መንእሰያት (OC3)፣ %1</translation>
    </message>
    <message>
        <source>Save the OC3 file</source>
        <comment>@action:button</comment>
        <translation>ናይ OC3 ፋይል ዓቅብ</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9)</source>
        <comment>@title</comment>
        <translation>Ofsted፣ ተወሳኺ A: ካብ ክንክን ዝወጹ (ዝርዝር 9)</translation>
    </message>
    <message>
        <source>Every care leaver on the day, with the columns inspectors ask for</source>
        <comment>@info</comment>
        <translation>ኩሎም ካብ ክንክን ዝወጹ ኣብታ መዓልቲ፣ ምስቶም ተቖጻጸርቲ ዝሓትዎም ዓምድታት</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9), as of %1</source>
        <comment>@info</comment>
        <extracomment>%1 the day the list is for</extracomment>
        <translation>Ofsted፣ ተወሳኺ A: ካብ ክንክን ዝወጹ (ዝርዝር 9)፣ ብ%1</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>@label</comment>
        <extracomment>The day Ofsted&apos;s Annex A list is taken on</extracomment>
        <translation>ብመዓልቲ</translation>
    </message>
    <message>
        <source>Save Annex A (Excel)</source>
        <comment>@action:button</comment>
        <extracomment>Saves the list as an Excel workbook (.xlsx)</extracomment>
        <translation>ተወሳኺ A ዓቅብ (Excel)</translation>
    </message>
    <message>
        <source>Save Annex A (CSV)</source>
        <comment>@action:button</comment>
        <translation>ተወሳኺ A ዓቅብ (CSV)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Pathway is locked</source>
        <comment>@title</comment>
        <translation>Pathway ተዓጽዩ</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN to open it.</source>
        <comment>@info</comment>
        <translation>ንምኽፋቱ መሕለፊ ሓረግካ ወይ PIN ኣእቱ።</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>መሕለፊ ሓረግ ወይ PIN</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <comment>@info</comment>
        <extracomment>Shown after several wrong tries</extracomment>
        <translation>
            <numerusform>ድሕሪ %n ካልኢት ደጊምካ ክትፍትን ትኽእል።</numerusform>
            <numerusform>ድሕሪ %n ካልኢታት ደጊምካ ክትፍትን ትኽእል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>ክፈት</translation>
    </message>
</context>
</TS>
