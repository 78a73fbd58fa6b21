<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Check with the server again</source>
        <comment>@action:button</comment>
        <translation>Kiểm tra lại với máy chủ</translation>
    </message>
    <message>
        <source>Only alerts for managers</source>
        <comment>@option:check</comment>
        <translation>Chỉ cảnh báo dành cho quản lý</translation>
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
        <translation>Xác nhận…</translation>
    </message>
    <message>
        <source>Acknowledge with a note: %1, %2</source>
        <comment>@action:button</comment>
        <extracomment>%1 what is wrong, %2 a young person</extracomment>
        <translation type="vanished">Xác nhận kèm ghi chú: %1, %2</translation>
    </message>
    <message>
        <source>No alerts: nothing needs action right now.</source>
        <comment>@info</comment>
        <translation>Không có cảnh báo: hiện không cần làm gì.</translation>
    </message>
    <message>
        <source>Alerts appear here when contact, a plan review, documents, the health history or a young person&apos;s request need action.</source>
        <comment>@info</comment>
        <translation>Cảnh báo hiện ở đây khi việc liên lạc, xem xét kế hoạch, giấy tờ, hồ sơ sức khỏe hoặc yêu cầu của một bạn trẻ cần được xử lý.</translation>
    </message>
    <message>
        <source>Acknowledge with a note</source>
        <comment>@title:window</comment>
        <translation>Xác nhận kèm ghi chú</translation>
    </message>
    <message>
        <source>Say what is being done about it, or why it can wait. Everyone who sees this alert sees your name, your note and when.</source>
        <comment>@info</comment>
        <translation>Hãy nói việc gì đang được làm, hoặc vì sao có thể chờ. Ai thấy cảnh báo này đều thấy tên bạn, ghi chú và thời gian.</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info:placeholder</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@label:textbox</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <comment>@action:button</comment>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Hủy</translation>
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
        <translation>Phân công cố vấn</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>Phân công cố vấn</translation>
    </message>
    <message>
        <source>Change PA</source>
        <comment>@action:button</comment>
        <translation>Đổi cố vấn</translation>
    </message>
    <message>
        <source>Choose a PA for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Chọn cố vấn cho %1</translation>
    </message>
    <message>
        <source>No young people in the team yet.</source>
        <comment>@info</comment>
        <translation>Chưa có bạn trẻ nào trong nhóm.</translation>
    </message>
    <message>
        <source>Young people appear here after a sync with the server.</source>
        <comment>@info</comment>
        <translation>Các bạn trẻ hiện ở đây sau khi đồng bộ với máy chủ.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Lý do (không bắt buộc)</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>@label:textbox</comment>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PA name (caseload size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A PA for %1</source>
        <comment>@title:window</comment>
        <translation>Một cố vấn cho %1</translation>
    </message>
    <message>
        <source>Allocate a PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Phân công cố vấn cho %1</translation>
    </message>
    <message>
        <source>Change PA for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Đổi cố vấn cho %1</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>More</source>
        <comment>@action:button</comment>
        <extracomment>Opens the list of all pages</extracomment>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>More pages</source>
        <comment>@action:button</comment>
        <translation type="vanished">Các trang khác</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>@title:tab</comment>
        <extracomment>The phone&apos;s bottom navigation bar, for screen readers</extracomment>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Opens the list of all pages</source>
        <comment>@info:accessible</comment>
        <translation>Mở danh sách tất cả các trang</translation>
    </message>
</context>
<context>
    <name>CalendarMonth</name>
    <message>
        <source>Calendar, %1</source>
        <comment>@info</comment>
        <extracomment>The calendar as a screen reader names it; %1 month and year</extracomment>
        <translation>Lịch, %1</translation>
    </message>
    <message>
        <source>Previous year</source>
        <comment>@action:button</comment>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>Previous month</source>
        <comment>@action:button</comment>
        <translation>Tháng trước</translation>
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
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Next year</source>
        <comment>@action:button</comment>
        <translation>Năm sau</translation>
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
        <translation>%1 · Cố vấn: %2</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>Ghi lại chuyến thăm ngay</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">Ghi lại chuyến thăm với %1 ngay</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>Open the record of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Mở hồ sơ của %1</translation>
    </message>
    <message>
        <source>No young people in this caseload.</source>
        <comment>@info</comment>
        <translation>Không có bạn trẻ nào trong danh sách này.</translation>
    </message>
    <message>
        <source>A manager allocates young people to PAs. Sync to get new allocations.</source>
        <comment>@info</comment>
        <translation>Quản lý phân công các bạn trẻ cho cố vấn. Hãy đồng bộ để nhận phân công mới.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>Các bạn trẻ của tôi</translation>
    </message>
</context>
<context>
    <name>CaseloadsPage</name>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>Danh sách của cố vấn</translation>
    </message>
    <message>
        <source>Personal adviser</source>
        <comment>@label:listbox</comment>
        <translation>Cố vấn cá nhân</translation>
    </message>
</context>
<context>
    <name>CheckingIndicator</name>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>Đang kiểm tra với máy chủ…</translation>
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
        <translation>Chưa có sự kiện nào.</translation>
    </message>
    <message>
        <source>Moves, contacts, reviews and documents appear here as they are recorded.</source>
        <comment>@info</comment>
        <translation>Việc chuyển nhà, liên lạc, xem xét và giấy tờ hiện ở đây khi được ghi lại.</translation>
    </message>
</context>
<context>
    <name>CircumstanceLabels</name>
    <message>
        <source>Higher education, full time</source>
        <comment>@info activity</comment>
        <translation>Giáo dục đại học, toàn thời gian</translation>
    </message>
    <message>
        <source>Higher education, part time</source>
        <comment>@info activity</comment>
        <translation>Giáo dục đại học, bán thời gian</translation>
    </message>
    <message>
        <source>Other education, full time</source>
        <comment>@info activity</comment>
        <translation>Giáo dục khác, toàn thời gian</translation>
    </message>
    <message>
        <source>Other education, part time</source>
        <comment>@info activity</comment>
        <translation>Giáo dục khác, bán thời gian</translation>
    </message>
    <message>
        <source>Apprenticeship, full time</source>
        <comment>@info activity</comment>
        <translation>Học nghề, toàn thời gian</translation>
    </message>
    <message>
        <source>Apprenticeship, part time</source>
        <comment>@info activity</comment>
        <translation>Học nghề, bán thời gian</translation>
    </message>
    <message>
        <source>Training or employment, full time</source>
        <comment>@info activity</comment>
        <translation>Đào tạo hoặc việc làm, toàn thời gian</translation>
    </message>
    <message>
        <source>Training or employment, part time</source>
        <comment>@info activity</comment>
        <translation>Đào tạo hoặc việc làm, bán thời gian</translation>
    </message>
    <message>
        <source>Not in education, work or training: illness or disability</source>
        <comment>@info activity</comment>
        <translation>Không đi học, không làm việc hay đào tạo: bệnh tật hoặc khuyết tật</translation>
    </message>
    <message>
        <source>Not in education, work or training: other reasons</source>
        <comment>@info activity</comment>
        <translation>Không đi học, không làm việc hay đào tạo: lý do khác</translation>
    </message>
    <message>
        <source>Not in education, work or training: pregnancy or parenting</source>
        <comment>@info activity</comment>
        <translation>Không đi học, không làm việc hay đào tạo: mang thai hoặc nuôi con</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info activity</comment>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>With parents or relatives</source>
        <comment>@info accommodation</comment>
        <translation>Ở với cha mẹ hoặc người thân</translation>
    </message>
    <message>
        <source>Community home or residential care</source>
        <comment>@info accommodation</comment>
        <translation>Nhà chăm sóc cộng đồng hoặc chăm sóc nội trú</translation>
    </message>
    <message>
        <source>Semi-independent, transitional</source>
        <comment>@info accommodation</comment>
        <translation>Bán độc lập, chuyển tiếp</translation>
    </message>
    <message>
        <source>Supported lodgings</source>
        <comment>@info accommodation</comment>
        <translation>Nhà trọ có hỗ trợ</translation>
    </message>
    <message>
        <source>Gone abroad</source>
        <comment>@info accommodation</comment>
        <translation>Đã ra nước ngoài</translation>
    </message>
    <message>
        <source>Deported</source>
        <comment>@info accommodation</comment>
        <translation>Bị trục xuất</translation>
    </message>
    <message>
        <source>Ordinary lodgings</source>
        <comment>@info accommodation</comment>
        <translation>Nhà trọ thông thường</translation>
    </message>
    <message>
        <source>Residence not known</source>
        <comment>@info accommodation</comment>
        <translation>Không rõ nơi ở</translation>
    </message>
    <message>
        <source>No fixed abode or homeless</source>
        <comment>@info accommodation</comment>
        <translation>Không có nơi ở cố định hoặc vô gia cư</translation>
    </message>
    <message>
        <source>Foyer</source>
        <comment>@info accommodation</comment>
        <translation>Foyer (nhà ở có hỗ trợ cho người trẻ)</translation>
    </message>
    <message>
        <source>Independent living</source>
        <comment>@info accommodation</comment>
        <translation>Sống độc lập</translation>
    </message>
    <message>
        <source>Emergency accommodation</source>
        <comment>@info accommodation</comment>
        <translation>Chỗ ở khẩn cấp</translation>
    </message>
    <message>
        <source>Bed and breakfast</source>
        <comment>@info accommodation</comment>
        <translation>Nhà nghỉ kèm bữa sáng (B&amp;B)</translation>
    </message>
    <message>
        <source>In custody</source>
        <comment>@info accommodation</comment>
        <translation>Đang bị giam giữ</translation>
    </message>
    <message>
        <source>Other accommodation</source>
        <comment>@info accommodation</comment>
        <translation>Chỗ ở khác</translation>
    </message>
    <message>
        <source>With former foster carers (Staying Put)</source>
        <comment>@info accommodation</comment>
        <translation>Ở với người chăm sóc nuôi dưỡng cũ (Staying Put)</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info accommodation</comment>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@info in touch</comment>
        <translation>Có giữ liên lạc</translation>
    </message>
    <message>
        <source>Died</source>
        <comment>@info in touch</comment>
        <translation>Đã qua đời</translation>
    </message>
    <message>
        <source>Refuses contact</source>
        <comment>@info in touch</comment>
        <translation>Từ chối liên lạc</translation>
    </message>
    <message>
        <source>No longer needs services</source>
        <comment>@info in touch</comment>
        <translation>Không còn cần dịch vụ</translation>
    </message>
    <message>
        <source>Returned home to parents for 6 months or more</source>
        <comment>@info in touch</comment>
        <translation>Đã về nhà với cha mẹ từ 6 tháng trở lên</translation>
    </message>
    <message>
        <source>Not in touch</source>
        <comment>@info in touch</comment>
        <translation>Không giữ liên lạc</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>@info gender</comment>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>@info gender</comment>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Another gender</source>
        <comment>@info gender</comment>
        <translation>Giới tính khác</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>@info gender</comment>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>White: British</source>
        <comment>@info ethnicity</comment>
        <translation>Da trắng: Anh</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <comment>@info ethnicity</comment>
        <translation>Da trắng: Ireland</translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <comment>@info ethnicity</comment>
        <translation>Da trắng: bất kỳ nguồn gốc Da trắng nào khác</translation>
    </message>
    <message>
        <source>White: Traveller of Irish heritage</source>
        <comment>@info ethnicity</comment>
        <translation>Da trắng: Người du mục gốc Ireland</translation>
    </message>
    <message>
        <source>White: Gypsy or Roma</source>
        <comment>@info ethnicity</comment>
        <translation>Da trắng: Gypsy hoặc Roma</translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>Lai: Da trắng và Da đen Caribe</translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <comment>@info ethnicity</comment>
        <translation>Lai: Da trắng và Da đen châu Phi</translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <comment>@info ethnicity</comment>
        <translation>Lai: Da trắng và châu Á</translation>
    </message>
    <message>
        <source>Mixed: any other mixed background</source>
        <comment>@info ethnicity</comment>
        <translation>Lai: bất kỳ nguồn gốc lai nào khác</translation>
    </message>
    <message>
        <source>Asian or Asian British: Indian</source>
        <comment>@info ethnicity</comment>
        <translation>Châu Á hoặc người Anh gốc Á: Ấn Độ</translation>
    </message>
    <message>
        <source>Asian or Asian British: Pakistani</source>
        <comment>@info ethnicity</comment>
        <translation>Châu Á hoặc người Anh gốc Á: Pakistan</translation>
    </message>
    <message>
        <source>Asian or Asian British: Bangladeshi</source>
        <comment>@info ethnicity</comment>
        <translation>Châu Á hoặc người Anh gốc Á: Bangladesh</translation>
    </message>
    <message>
        <source>Asian or Asian British: any other Asian background</source>
        <comment>@info ethnicity</comment>
        <translation>Châu Á hoặc người Anh gốc Á: bất kỳ nguồn gốc châu Á nào khác</translation>
    </message>
    <message>
        <source>Black or Black British: Caribbean</source>
        <comment>@info ethnicity</comment>
        <translation>Da đen hoặc người Anh da đen: Caribe</translation>
    </message>
    <message>
        <source>Black or Black British: African</source>
        <comment>@info ethnicity</comment>
        <translation>Da đen hoặc người Anh da đen: châu Phi</translation>
    </message>
    <message>
        <source>Black or Black British: any other Black background</source>
        <comment>@info ethnicity</comment>
        <translation>Da đen hoặc người Anh da đen: bất kỳ nguồn gốc Da đen nào khác</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>@info ethnicity</comment>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <comment>@info ethnicity</comment>
        <translation>Bất kỳ nhóm sắc tộc nào khác</translation>
    </message>
    <message>
        <source>Refused to say</source>
        <comment>@info ethnicity</comment>
        <translation>Từ chối trả lời</translation>
    </message>
    <message>
        <source>Information not yet obtained</source>
        <comment>@info ethnicity</comment>
        <translation>Chưa có thông tin</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@info ethnicity</comment>
        <translation>Chưa ghi lại</translation>
    </message>
</context>
<context>
    <name>CircumstancesView</name>
    <message>
        <source>Activity</source>
        <comment>@title</comment>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <comment>@info</comment>
        <translation>Hoạt động: %1</translation>
    </message>
    <message>
        <source>What they are doing now</source>
        <comment>@label</comment>
        <translation>Hiện họ đang làm gì</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Record the activity</source>
        <comment>@action:button</comment>
        <translation>Ghi lại hoạt động</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <comment>@title</comment>
        <translation>Chỗ ở</translation>
    </message>
    <message>
        <source>Accommodation: %1</source>
        <comment>@info</comment>
        <translation>Chỗ ở: %1</translation>
    </message>
    <message>
        <source>Where they live now</source>
        <comment>@label</comment>
        <translation>Hiện họ sống ở đâu</translation>
    </message>
    <message>
        <source>Where they live now: %1</source>
        <comment>@label:listbox</comment>
        <translation>Hiện họ sống ở đâu: %1</translation>
    </message>
    <message>
        <source>Suitable for them</source>
        <comment>@option:check</comment>
        <translation>Phù hợp với họ</translation>
    </message>
    <message>
        <source>Record the accommodation</source>
        <comment>@action:button</comment>
        <translation>Ghi lại chỗ ở</translation>
    </message>
    <message>
        <source>In touch</source>
        <comment>@title</comment>
        <translation>Giữ liên lạc</translation>
    </message>
    <message>
        <source>In touch: %1</source>
        <comment>@info</comment>
        <translation>Giữ liên lạc: %1</translation>
    </message>
    <message>
        <source>Record instead of contact</source>
        <comment>@label</comment>
        <translation>Ghi thay cho các liên lạc</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label</comment>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Record the in-touch status</source>
        <comment>@action:button</comment>
        <translation>Ghi lại tình trạng giữ liên lạc</translation>
    </message>
    <message>
        <source>About them</source>
        <comment>@title</comment>
        <translation>Về họ</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>@label</comment>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <comment>@label</comment>
        <translation>Sắc tộc</translation>
    </message>
    <message>
        <source>Ethnicity: %1</source>
        <comment>@label:listbox</comment>
        <translation>Sắc tộc: %1</translation>
    </message>
    <message>
        <source>Disability</source>
        <comment>@label</comment>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <source>Save gender, ethnicity and disability</source>
        <comment>@action:button</comment>
        <translation>Lưu giới tính, sắc tộc và khuyết tật</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <comment>@title:page</comment>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>On this device</source>
        <comment>@title</comment>
        <translation>Trên thiết bị này</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <comment>@action:button</comment>
        <translation>Giữ bản này</translation>
    </message>
    <message>
        <source>Keep the text on this device</source>
        <comment>@action:button</comment>
        <translation type="vanished">Giữ nội dung trên thiết bị này</translation>
    </message>
    <message>
        <source>From the server</source>
        <comment>@title</comment>
        <translation>Từ máy chủ</translation>
    </message>
    <message>
        <source>Keep the text from the server</source>
        <comment>@action:button</comment>
        <translation type="vanished">Giữ nội dung từ máy chủ</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <comment>@info</comment>
        <translation>Không có xung đột.</translation>
    </message>
    <message>
        <source>If the same text is changed on two devices, both versions appear here for you to choose.</source>
        <comment>@info</comment>
        <translation>Nếu cùng một nội dung bị sửa trên hai thiết bị, cả hai bản sẽ hiện ở đây để bạn chọn.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>%1 (amended)</source>
        <comment>@info</comment>
        <translation>%1 (đã sửa)</translation>
    </message>
    <message>
        <source>Amend</source>
        <comment>@action:button</comment>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Amend contact: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Sửa liên lạc: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@action:button</comment>
        <translation>Ghi nhầm</translation>
    </message>
    <message>
        <source>Mark as entered in error: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Đánh dấu là ghi nhầm: %1</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <comment>@info</comment>
        <translation>Chưa có liên lạc nào được ghi lại.</translation>
    </message>
    <message>
        <source>Contacts appear here once they are logged.</source>
        <comment>@info</comment>
        <translation>Các liên lạc hiện ở đây khi được ghi lại.</translation>
    </message>
</context>
<context>
    <name>CopyDocument</name>
    <message>
        <source>My pathway plan</source>
        <comment>@title document to keep</comment>
        <translation>Kế hoạch của mình</translation>
    </message>
    <message>
        <source>My health history</source>
        <comment>@title document to keep</comment>
        <translation>Hồ sơ sức khỏe của mình</translation>
    </message>
    <message>
        <source>%1. Made on %2.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the young person&apos;s name, %2 the day it was made</extracomment>
        <translation>%1. Tạo ngày %2.</translation>
    </message>
    <message>
        <source>My personal adviser (PA):</source>
        <comment>@label document to keep</comment>
        <translation>Cố vấn cá nhân của mình (PA):</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <comment>@label document to keep</comment>
        <translation>Lần xem xét gần nhất:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <comment>@label document to keep</comment>
        <translation>Lần xem xét tới:</translation>
    </message>
    <message>
        <source>What we are aiming for:</source>
        <comment>@label document to keep</comment>
        <translation>Mục tiêu của chúng ta:</translation>
    </message>
    <message>
        <source>In my own words:</source>
        <comment>@label document to keep</comment>
        <translation>Bằng lời của mình:</translation>
    </message>
    <message>
        <source>If the plan stops working:</source>
        <comment>@label document to keep</comment>
        <translation>Nếu kế hoạch không hiệu quả:</translation>
    </message>
    <message>
        <source>%1. Who: %2. By: %3. %4.</source>
        <comment>@info document to keep</comment>
        <extracomment>One step of a plan on a document to keep: %1 what, %2 who does it, %3 by when, %4 its status</extracomment>
        <translation>%1. Ai làm: %2. Trước ngày: %3. %4.</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <comment>@info who</comment>
        <translation>chưa thống nhất</translation>
    </message>
    <message>
        <source>no date yet</source>
        <comment>@info by when</comment>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>@title document to keep</comment>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>Nothing written yet. Talk to your PA about it.</source>
        <comment>@info document to keep</comment>
        <translation>Chưa có gì được viết. Hãy nói chuyện với cố vấn về việc này.</translation>
    </message>
    <message>
        <source>Not written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>Chưa được ghi lại. Hãy hỏi cố vấn.</translation>
    </message>
    <message>
        <source>My GP, dentist and optician</source>
        <comment>@title document to keep</comment>
        <translation>Bác sĩ gia đình (GP), nha sĩ và bác sĩ đo mắt của mình</translation>
    </message>
    <message>
        <source>How to use the NHS</source>
        <comment>@title document to keep</comment>
        <translation>Cách sử dụng NHS</translation>
    </message>
    <message>
        <source>In an emergency, when a life is at risk, call 999 or go to A&amp;E.</source>
        <comment>@info NHS guidance</comment>
        <translation>Khi khẩn cấp, lúc có người nguy hiểm đến tính mạng, hãy gọi 999 hoặc đến A&amp;E (phòng cấp cứu).</translation>
    </message>
    <message>
        <source>When you need help fast but it is not an emergency, call 111 or go to 111.nhs.uk. It is free, day and night.</source>
        <comment>@info NHS guidance</comment>
        <translation>Khi bạn cần giúp nhanh nhưng không phải khẩn cấp, hãy gọi 111 hoặc vào 111.nhs.uk. Dịch vụ miễn phí, cả ngày lẫn đêm.</translation>
    </message>
    <message>
        <source>For most health problems, book with your GP practice. Tell them when you move home.</source>
        <comment>@info NHS guidance</comment>
        <translation>Với hầu hết các vấn đề sức khỏe, hãy đặt lịch ở phòng khám GP của bạn. Khi chuyển nhà, hãy báo cho họ.</translation>
    </message>
    <message>
        <source>A pharmacist can help with minor illnesses without an appointment.</source>
        <comment>@info NHS guidance</comment>
        <translation>Dược sĩ có thể giúp bạn khi bị bệnh nhẹ, không cần hẹn trước.</translation>
    </message>
    <message>
        <source>Register with a dentist and an optician near where you live, and go for check-ups.</source>
        <comment>@info NHS guidance</comment>
        <translation>Hãy đăng ký với một nha sĩ và một bác sĩ đo mắt gần nơi bạn sống, và đi khám định kỳ.</translation>
    </message>
    <message>
        <source>Nothing written down yet. Ask your PA.</source>
        <comment>@info document to keep</comment>
        <translation>Chưa ghi lại gì. Hãy hỏi cố vấn.</translation>
    </message>
    <message>
        <source>My health history was handed over to me on %1.</source>
        <comment>@info document to keep</comment>
        <extracomment>On a document to keep: %1 the day the health history was handed over</extracomment>
        <translation>Hồ sơ sức khỏe đã được giao cho mình ngày %1.</translation>
    </message>
</context>
<context>
    <name>CopyToKeepCard</name>
    <message>
        <source>A copy of the plan to keep</source>
        <comment>@title</comment>
        <translation>Bản sao kế hoạch để giữ</translation>
    </message>
    <message>
        <source>A copy of the health history to keep</source>
        <comment>@title</comment>
        <translation>Bản sao hồ sơ sức khỏe để giữ</translation>
    </message>
    <message>
        <source>Save it as a PDF file to print, share or keep on your phone.</source>
        <comment>@info</comment>
        <translation>Lưu thành tệp PDF để in, chia sẻ hoặc giữ trên điện thoại.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <comment>@action:button</comment>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Save as PDF: the plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">Lưu thành PDF: kế hoạch</translation>
    </message>
    <message>
        <source>Save as PDF: the health history</source>
        <comment>@action:button</comment>
        <translation type="vanished">Lưu thành PDF: hồ sơ sức khỏe</translation>
    </message>
    <message>
        <source>Open to print or share</source>
        <comment>@action:button</comment>
        <translation>Mở để in hoặc chia sẻ</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <comment>@action:button</comment>
        <translation>Chọn ngày</translation>
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
        <translation>Mở lịch</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <comment>@title:window</comment>
        <translation>Chọn ngày</translation>
    </message>
</context>
<context>
    <name>DateTimeDialog</name>
    <message>
        <source>Time</source>
        <comment>@label:spinbox</comment>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>@label:spinbox</comment>
        <translation>Giờ</translation>
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
        <translation>Phút</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@action:button</comment>
        <translation>Bây giờ</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>@action:button</comment>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Choose %1 or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the latest date (or date and time) allowed</extracomment>
        <translation>Chọn %1 hoặc sớm hơn.</translation>
    </message>
    <message>
        <source>Choose %1 or later.</source>
        <comment>@info</comment>
        <extracomment>%1 the earliest date (or date and time) allowed</extracomment>
        <translation>Chọn %1 hoặc muộn hơn.</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>@action:button</comment>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Hủy</translation>
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
        <translation>Chọn ngày và giờ</translation>
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
        <translation>Mở lịch</translation>
    </message>
    <message>
        <source>Choose a date and time</source>
        <comment>@title:window</comment>
        <translation>Chọn ngày và giờ</translation>
    </message>
</context>
<context>
    <name>DocumentEditPage</name>
    <message>
        <source>Add a document</source>
        <comment>@title:page</comment>
        <translation>Thêm giấy tờ</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>@title</comment>
        <extracomment>%1 a document, %2 the young person&apos;s name</extracomment>
        <translation>%1 cho %2</translation>
    </message>
    <message>
        <source>Which document</source>
        <comment>@label</comment>
        <translation>Giấy tờ nào</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@label</comment>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Due by</source>
        <comment>@label</comment>
        <translation>Hạn đến</translation>
    </message>
    <message>
        <source>No due date</source>
        <comment>@action:button</comment>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <source>Expires on</source>
        <comment>@label</comment>
        <translation>Hết hạn vào</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <comment>@action:button</comment>
        <translation>Không có ngày hết hạn</translation>
    </message>
    <message>
        <source>Who is helping</source>
        <comment>@label:listbox</comment>
        <translation>Ai đang giúp</translation>
    </message>
    <message>
        <source>Who is helping: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>Screen reader: %1 the person chosen</extracomment>
        <translation>Ai đang giúp: %1</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">Lưu %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>Giấy tờ của mình</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Add a document</source>
        <comment>@action:button</comment>
        <translation>Thêm giấy tờ</translation>
    </message>
    <message>
        <source>Add a document to %1&apos;s checklist</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">Thêm giấy tờ vào danh sách của %1</translation>
    </message>
    <message>
        <source>You asked your PA for help.</source>
        <comment>@info</comment>
        <translation>Bạn đã nhờ cố vấn giúp.</translation>
    </message>
    <message>
        <source>I have it now</source>
        <comment>@action:button</comment>
        <translation>Giờ mình đã có</translation>
    </message>
    <message>
        <source>I have it now: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">Giờ mình đã có: %1</translation>
    </message>
    <message>
        <source>Ask my PA for help</source>
        <comment>@action:button</comment>
        <translation>Nhờ cố vấn giúp</translation>
    </message>
    <message>
        <source>Ask my PA for help with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Nhờ cố vấn giúp về %1</translation>
    </message>
    <message>
        <source>Confirm they have it</source>
        <comment>@action:button</comment>
        <translation>Xác nhận là họ đã có</translation>
    </message>
    <message>
        <source>Confirm they have %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">Xác nhận là họ đã có %1</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>@action:button</comment>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Change %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a document</extracomment>
        <translation type="vanished">Thay đổi %1</translation>
    </message>
    <message>
        <source>No documents on the checklist yet.</source>
        <comment>@info</comment>
        <translation>Chưa có giấy tờ nào trong danh sách.</translation>
    </message>
    <message>
        <source>Add the documents they need with the button above.</source>
        <comment>@info</comment>
        <translation>Thêm những giấy tờ họ cần bằng nút ở trên.</translation>
    </message>
    <message>
        <source>Your PA will add the documents you need.</source>
        <comment>@info</comment>
        <translation>Cố vấn của bạn sẽ thêm những giấy tờ bạn cần.</translation>
    </message>
</context>
<context>
    <name>EnrolCodeSheet</name>
    <message>
        <source>Set up %1&apos;s phone</source>
        <comment>@title:window</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>Cài đặt điện thoại của %1</translation>
    </message>
    <message>
        <source>Read the code out, or let them scan the QR code with their phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>Đọc to mã, hoặc để họ quét mã QR bằng camera điện thoại.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is the code spelt out one character at a time</extracomment>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>QR code to set up their phone, with the same code</source>
        <comment>@info</comment>
        <translation>Mã QR để cài đặt điện thoại của họ, cùng một mã</translation>
    </message>
    <message>
        <source>On their phone:
1. Install Pathway and open it.
2. Tap &quot;I have a code from my PA&quot;.
3. Type the code, or scan the QR code with the camera.
4. They choose their own passphrase or PIN. Nobody else needs to know it.</source>
        <comment>@info</comment>
        <translation>Trên điện thoại của họ:
1. Cài Pathway và mở ra.
2. Chạm “Mình có mã từ cố vấn”.
3. Nhập mã, hoặc quét mã QR bằng camera.
4. Họ tự chọn cụm mật khẩu hoặc mã PIN. Không ai khác cần biết.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <comment>@action:button</comment>
        <translation>Tạo mã mới</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <source>Mark as entered in error?</source>
        <comment>@title:window</comment>
        <translation>Đánh dấu là ghi nhầm?</translation>
    </message>
    <message>
        <source>It will no longer count as contact in any figure or alert. It stays on the record, struck through, with your reason.</source>
        <comment>@info</comment>
        <translation>Nó sẽ không còn được tính là liên lạc trong bất kỳ số liệu hay cảnh báo nào. Nó vẫn nằm trong hồ sơ, bị gạch đi, kèm lý do của bạn.</translation>
    </message>
    <message>
        <source>Why was it entered in error?</source>
        <comment>@label:textbox</comment>
        <translation>Vì sao ghi nhầm?</translation>
    </message>
    <message>
        <source>For example: logged for the wrong young person</source>
        <comment>@info:placeholder</comment>
        <translation>Ví dụ: ghi cho nhầm bạn trẻ</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <comment>@action:button</comment>
        <translation>Đánh dấu là ghi nhầm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EntitlementEditPage</name>
    <message>
        <source>For %1</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Cho %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the status as recorded now</extracomment>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <source>New status</source>
        <comment>@label</comment>
        <translation>Tình trạng mới</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>@label</comment>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">Lưu tình trạng của %1</translation>
    </message>
</context>
<context>
    <name>GlossaryTerms</name>
    <message>
        <source>Words explained</source>
        <comment>@title</comment>
        <translation>Giải thích từ ngữ</translation>
    </message>
</context>
<context>
    <name>HandoverEditPage</name>
    <message>
        <source>Health history handover</source>
        <comment>@title:page</comment>
        <translation>Bàn giao hồ sơ sức khỏe</translation>
    </message>
    <message>
        <source>Health history for %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Hồ sơ sức khỏe của %1</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <comment>@label</comment>
        <translation>Bàn giao ngày</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>Cách thức</translation>
    </message>
    <message>
        <source>They agreed to their health history being shared</source>
        <comment>@option:check</comment>
        <translation>Họ đồng ý chia sẻ hồ sơ sức khỏe của mình</translation>
    </message>
    <message>
        <source>They have their copy</source>
        <comment>@option:check</comment>
        <translation>Họ đã có bản của mình</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save the handover</source>
        <comment>@action:button</comment>
        <translation>Lưu việc bàn giao</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>Sức khỏe của mình</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Health history handover</source>
        <comment>@title</comment>
        <translation>Bàn giao hồ sơ sức khỏe</translation>
    </message>
    <message>
        <source>Change the handover</source>
        <comment>@action:button</comment>
        <translation>Thay đổi việc bàn giao</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <comment>@action:button</comment>
        <translation>Ghi lại việc bàn giao</translation>
    </message>
    <message>
        <source>Record the health history handover for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">Ghi lại việc bàn giao hồ sơ sức khỏe cho %1</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <comment>@action:button</comment>
        <translation>Thêm cuộc hẹn</translation>
    </message>
    <message>
        <source>Add a note</source>
        <comment>@action:button</comment>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Nothing in your health history yet.</source>
        <comment>@info</comment>
        <translation>Hồ sơ sức khỏe của bạn chưa có gì.</translation>
    </message>
    <message>
        <source>Add appointments and notes with the buttons above.</source>
        <comment>@info</comment>
        <translation>Thêm cuộc hẹn và ghi chú bằng các nút ở trên.</translation>
    </message>
    <message>
        <source>New appointment</source>
        <comment>@title:window</comment>
        <translation>Cuộc hẹn mới</translation>
    </message>
    <message>
        <source>New note</source>
        <comment>@title:window</comment>
        <translation>Ghi chú mới</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@info:placeholder</comment>
        <translation>Đó là gì?</translation>
    </message>
    <message>
        <source>What is it?</source>
        <comment>@label:textbox</comment>
        <translation>Đó là gì?</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>@label</comment>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>More details (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Thêm chi tiết (không bắt buộc)</translation>
    </message>
    <message>
        <source>More details</source>
        <comment>@label:textbox</comment>
        <translation>Thêm chi tiết</translation>
    </message>
</context>
<context>
    <name>HelpNowView</name>
    <message>
        <source>If you need help now</source>
        <comment>@title</comment>
        <translation>Nếu bạn cần giúp ngay</translation>
    </message>
    <message>
        <source>Your PA may not answer straight away, for example at night. You can call:</source>
        <comment>@info</comment>
        <translation>Cố vấn có thể không trả lời ngay, ví dụ vào ban đêm. Bạn có thể gọi:</translation>
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
        <translation>Gọi %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <comment>@title:page</comment>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <comment>@title</comment>
        <extracomment>Greeting; %1 is the young person&apos;s name</extracomment>
        <translation>Chào %1</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@title</comment>
        <translation>Cố vấn của mình</translation>
    </message>
    <message>
        <source>We last spoke: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is e.g. &quot;3 weeks ago&quot;</extracomment>
        <translation>Lần cuối nói chuyện: %1</translation>
    </message>
    <message>
        <source>My PA is %1. We last spoke: %2</source>
        <comment>@info</comment>
        <translation>Cố vấn của mình là %1. Lần cuối nói chuyện: %2</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@action:button</comment>
        <translation>Nói chuyện với cố vấn</translation>
    </message>
    <message>
        <source>What to do next</source>
        <comment>@title</comment>
        <translation>Việc tiếp theo</translation>
    </message>
    <message>
        <source>What to do next: %1 %2</source>
        <comment>@info</comment>
        <translation>Việc tiếp theo: %1 %2</translation>
    </message>
    <message>
        <source>See my plan</source>
        <comment>@action:button</comment>
        <translation>Xem kế hoạch của mình</translation>
    </message>
    <message>
        <source>My plan review</source>
        <comment>@title</comment>
        <translation>Xem xét kế hoạch của mình</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Contact and support</source>
        <comment>@title plan area</comment>
        <translation>Liên lạc và hỗ trợ</translation>
    </message>
    <message>
        <source>Education and training</source>
        <comment>@title plan area</comment>
        <translation>Học tập và đào tạo</translation>
    </message>
    <message>
        <source>Work and activities</source>
        <comment>@title plan area</comment>
        <translation>Việc làm và hoạt động</translation>
    </message>
    <message>
        <source>If things go wrong</source>
        <comment>@title plan area</comment>
        <translation>Nếu có chuyện không ổn</translation>
    </message>
    <message>
        <source>Where I live</source>
        <comment>@title plan area</comment>
        <translation>Nơi mình sống</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <comment>@title plan area</comment>
        <translation>Gia đình và bạn bè</translation>
    </message>
    <message>
        <source>Skills for living</source>
        <comment>@title plan area</comment>
        <translation>Kỹ năng sống</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>@title plan area</comment>
        <translation>Tiền</translation>
    </message>
    <message>
        <source>Health and feelings</source>
        <comment>@title plan area</comment>
        <translation>Sức khỏe và cảm xúc</translation>
    </message>
    <message>
        <source>Who I am</source>
        <comment>@title plan area</comment>
        <translation>Mình là ai</translation>
    </message>
    <message>
        <source>Who helps me and how we keep in touch</source>
        <comment>@info plan area</comment>
        <translation>Ai giúp mình và chúng mình giữ liên lạc thế nào</translation>
    </message>
    <message>
        <source>School, college, university or training</source>
        <comment>@info plan area</comment>
        <translation>Trường học, cao đẳng, đại học hoặc khóa đào tạo</translation>
    </message>
    <message>
        <source>Jobs, apprenticeships and things I do</source>
        <comment>@info plan area</comment>
        <translation>Việc làm, học nghề và những việc mình làm</translation>
    </message>
    <message>
        <source>What happens if my plan stops working</source>
        <comment>@info plan area</comment>
        <translation>Chuyện gì xảy ra nếu kế hoạch không hiệu quả</translation>
    </message>
    <message>
        <source>My home, and if it is right for me</source>
        <comment>@info plan area</comment>
        <translation>Nhà của mình, và nó có phù hợp với mình không</translation>
    </message>
    <message>
        <source>People who matter to me</source>
        <comment>@info plan area</comment>
        <translation>Những người quan trọng với mình</translation>
    </message>
    <message>
        <source>Cooking, shopping, bills and other skills</source>
        <comment>@info plan area</comment>
        <translation>Nấu ăn, mua sắm, hóa đơn và kỹ năng khác</translation>
    </message>
    <message>
        <source>My money and the help I can get</source>
        <comment>@info plan area</comment>
        <translation>Tiền của mình và sự hỗ trợ mình có thể nhận</translation>
    </message>
    <message>
        <source>My body and my mind</source>
        <comment>@info plan area</comment>
        <translation>Cơ thể và tâm trí của mình</translation>
    </message>
    <message>
        <source>My culture, faith and language</source>
        <comment>@info plan area</comment>
        <translation>Văn hóa, tín ngưỡng và ngôn ngữ của mình</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>@info:status</comment>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>@info:status</comment>
        <translation>Đã bắt đầu</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info:status</comment>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <comment>@info:status</comment>
        <translation>Giờ chưa cần</translation>
    </message>
    <message>
        <source>Proposed, waiting for the PA</source>
        <comment>@info:status</comment>
        <extracomment>A step the young person proposed; their PA has not answered yet</extracomment>
        <translation>Đã đề xuất, đang chờ cố vấn</translation>
    </message>
    <message>
        <source>Birth</source>
        <comment>@info health</comment>
        <translation>Lúc sinh</translation>
    </message>
    <message>
        <source>Family health</source>
        <comment>@info health</comment>
        <translation>Sức khỏe gia đình</translation>
    </message>
    <message>
        <source>Growing up</source>
        <comment>@info health</comment>
        <translation>Lớn lên</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <comment>@info health</comment>
        <translation>Tiêm chủng</translation>
    </message>
    <message>
        <source>Allergy</source>
        <comment>@info health</comment>
        <translation>Dị ứng</translation>
    </message>
    <message>
        <source>Medicine</source>
        <comment>@info health</comment>
        <translation>Thuốc</translation>
    </message>
    <message>
        <source>Illness</source>
        <comment>@info health</comment>
        <translation>Bệnh</translation>
    </message>
    <message>
        <source>Hospital</source>
        <comment>@info health</comment>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <source>Dentist check</source>
        <comment>@info health</comment>
        <translation>Khám răng</translation>
    </message>
    <message>
        <source>Eye test</source>
        <comment>@info health</comment>
        <translation>Khám mắt</translation>
    </message>
    <message>
        <source>Feelings and mental health</source>
        <comment>@info health</comment>
        <translation>Cảm xúc và sức khỏe tâm thần</translation>
    </message>
    <message>
        <source>My GP</source>
        <comment>@info health</comment>
        <translation>Bác sĩ gia đình (GP) của mình</translation>
    </message>
    <message>
        <source>My dentist</source>
        <comment>@info health</comment>
        <translation>Nha sĩ của mình</translation>
    </message>
    <message>
        <source>My optician</source>
        <comment>@info health</comment>
        <translation>Bác sĩ đo mắt của mình</translation>
    </message>
    <message>
        <source>Using the NHS</source>
        <comment>@info health</comment>
        <translation>Sử dụng NHS</translation>
    </message>
    <message>
        <source>Appointment</source>
        <comment>@info health</comment>
        <translation>Cuộc hẹn</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>@info health</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <comment>@info document</comment>
        <translation>Số Bảo hiểm Quốc gia (NI)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <comment>@info document</comment>
        <translation>Giấy khai sinh</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>@info document</comment>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Provisional driving licence</source>
        <comment>@info document</comment>
        <translation>Bằng lái xe tạm thời</translation>
    </message>
    <message>
        <source>Bank account</source>
        <comment>@info document</comment>
        <translation>Tài khoản ngân hàng</translation>
    </message>
    <message>
        <source>eVisa (UKVI account)</source>
        <comment>@info document</comment>
        <translation>eVisa (tài khoản UKVI)</translation>
    </message>
    <message>
        <source>Care leaver letter</source>
        <comment>@info document</comment>
        <translation>Thư xác nhận rời chăm sóc</translation>
    </message>
    <message>
        <source>GP registration and NHS number</source>
        <comment>@info document</comment>
        <translation>Đăng ký với GP và số NHS</translation>
    </message>
    <message>
        <source>Health summary</source>
        <comment>@info document</comment>
        <translation>Tóm tắt sức khỏe</translation>
    </message>
    <message>
        <source>Junior ISA</source>
        <comment>@info document</comment>
        <translation>Junior ISA</translation>
    </message>
    <message>
        <source>Registered to vote</source>
        <comment>@info document</comment>
        <translation>Đã đăng ký đi bầu</translation>
    </message>
    <message>
        <source>Universal Credit (as a care leaver)</source>
        <comment>@info document</comment>
        <translation>Universal Credit (với tư cách người rời chăm sóc)</translation>
    </message>
    <message>
        <source>I have it</source>
        <comment>@info:status document</comment>
        <translation>Mình có rồi</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>@info:status document</comment>
        <translation>Đã nộp đơn</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>@info:status document</comment>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Not needed</source>
        <comment>@info:status document</comment>
        <translation>Không cần</translation>
    </message>
    <message>
        <source>Not asked for yet</source>
        <comment>@info:status offer</comment>
        <translation>Chưa yêu cầu</translation>
    </message>
    <message>
        <source>Asked for</source>
        <comment>@info:status offer</comment>
        <translation>Đã yêu cầu</translation>
    </message>
    <message>
        <source>Claimed</source>
        <comment>@info:status offer</comment>
        <translation>Đã xin nhận</translation>
    </message>
    <message>
        <source>Got it</source>
        <comment>@info:status offer</comment>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Not for me</source>
        <comment>@info:status offer</comment>
        <translation>Không dành cho mình</translation>
    </message>
    <message>
        <source>Said no thanks</source>
        <comment>@info:status offer</comment>
        <translation>Đã nói không, cảm ơn</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>@info contact</comment>
        <translation>Thăm</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>@info contact</comment>
        <translation>Gọi điện</translation>
    </message>
    <message>
        <source>Video call</source>
        <comment>@info contact</comment>
        <translation>Gọi video</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>@info contact</comment>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>@info contact</comment>
        <translation>Thư</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <comment>@info contact</comment>
        <translation>Ghé qua</translation>
    </message>
    <message>
        <source>Tried to reach</source>
        <comment>@info contact</comment>
        <translation>Đã cố liên lạc</translation>
    </message>
    <message>
        <source>Eligible</source>
        <comment>@info care leaver category</comment>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Relevant</source>
        <comment>@info care leaver category</comment>
        <translation>Liên quan</translation>
    </message>
    <message>
        <source>Former relevant</source>
        <comment>@info care leaver category</comment>
        <translation>Từng liên quan</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <comment>@info care leaver category</comment>
        <translation>Đủ tiêu chuẩn</translation>
    </message>
    <message>
        <source>Not a care leaver</source>
        <comment>@info care leaver category</comment>
        <translation>Không phải người rời chăm sóc</translation>
    </message>
    <message>
        <source>Moved home</source>
        <comment>@info chronology</comment>
        <translation>Chuyển nhà</translation>
    </message>
    <message>
        <source>Started education</source>
        <comment>@info chronology</comment>
        <translation>Bắt đầu đi học</translation>
    </message>
    <message>
        <source>Left education</source>
        <comment>@info chronology</comment>
        <translation>Nghỉ học</translation>
    </message>
    <message>
        <source>Started work</source>
        <comment>@info chronology</comment>
        <translation>Bắt đầu đi làm</translation>
    </message>
    <message>
        <source>Left work</source>
        <comment>@info chronology</comment>
        <translation>Nghỉ việc</translation>
    </message>
    <message>
        <source>Went into custody</source>
        <comment>@info chronology</comment>
        <translation>Bị tạm giam</translation>
    </message>
    <message>
        <source>Left custody</source>
        <comment>@info chronology</comment>
        <translation>Ra khỏi trại giam</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>@info chronology</comment>
        <translation>Mang thai</translation>
    </message>
    <message>
        <source>Became a parent</source>
        <comment>@info chronology</comment>
        <translation>Trở thành cha mẹ</translation>
    </message>
    <message>
        <source>Left care</source>
        <comment>@info chronology</comment>
        <translation>Rời chăm sóc</translation>
    </message>
    <message>
        <source>Asylum decision</source>
        <comment>@info chronology</comment>
        <translation>Quyết định tị nạn</translation>
    </message>
    <message>
        <source>Asked for a plan review</source>
        <comment>@info chronology</comment>
        <translation>Yêu cầu xem xét kế hoạch</translation>
    </message>
    <message>
        <source>Other event</source>
        <comment>@info chronology</comment>
        <translation>Sự kiện khác</translation>
    </message>
    <message>
        <source>Born</source>
        <comment>@info chronology</comment>
        <translation>Sinh ra</translation>
    </message>
    <message>
        <source>PA allocated</source>
        <comment>@info chronology</comment>
        <translation>Đã phân công cố vấn</translation>
    </message>
    <message>
        <source>PA allocation ended</source>
        <comment>@info chronology</comment>
        <translation>Kết thúc phân công cố vấn</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@info chronology</comment>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Tried to make contact</source>
        <comment>@info chronology</comment>
        <translation>Đã cố liên lạc</translation>
    </message>
    <message>
        <source>Plan review held</source>
        <comment>@info chronology</comment>
        <translation>Đã xem xét kế hoạch</translation>
    </message>
    <message>
        <source>Health history handed over</source>
        <comment>@info chronology</comment>
        <translation>Đã bàn giao hồ sơ sức khỏe</translation>
    </message>
    <message>
        <source>Document obtained</source>
        <comment>@info chronology</comment>
        <translation>Đã có giấy tờ</translation>
    </message>
    <message>
        <source>Regular review</source>
        <comment>@info review</comment>
        <translation>Xem xét định kỳ</translation>
    </message>
    <message>
        <source>Asked for by the young person</source>
        <comment>@info review</comment>
        <translation>Theo yêu cầu của bạn trẻ</translation>
    </message>
    <message>
        <source>After a big change</source>
        <comment>@info review</comment>
        <translation>Sau một thay đổi lớn</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <comment>@info health handover</comment>
        <translation>Bản giấy</translation>
    </message>
    <message>
        <source>Digital copy</source>
        <comment>@info health handover</comment>
        <translation>Bản điện tử</translation>
    </message>
    <message>
        <source>Paper and digital copies</source>
        <comment>@info health handover</comment>
        <translation>Bản giấy và bản điện tử</translation>
    </message>
    <message numerus="yes">
        <source>Contact overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>Liên lạc trễ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@info alert</comment>
        <translation>Sắp đến hạn liên lạc</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@info alert</comment>
        <translation>Chưa có cố vấn</translation>
    </message>
    <message>
        <source>Visit due after a move</source>
        <comment>@info alert</comment>
        <translation>Cần thăm sau khi chuyển nhà</translation>
    </message>
    <message numerus="yes">
        <source>Plan review overdue by %n day(s)</source>
        <comment>@info alert</comment>
        <translation>
            <numerusform>Xem xét kế hoạch trễ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan review due soon</source>
        <comment>@info alert</comment>
        <translation>Sắp đến hạn xem xét kế hoạch</translation>
    </message>
    <message>
        <source>Health history not handed over</source>
        <comment>@info alert</comment>
        <translation>Chưa bàn giao hồ sơ sức khỏe</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a document, e.g. Passport</extracomment>
        <translation>Thiếu: %1</translation>
    </message>
    <message>
        <source>Missing ID</source>
        <comment>@info alert</comment>
        <translation>Thiếu giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Passport expires soon</source>
        <comment>@info alert</comment>
        <translation>Hộ chiếu sắp hết hạn</translation>
    </message>
    <message>
        <source>Birthday in-touch contact missed</source>
        <comment>@info alert</comment>
        <translation>Đã lỡ liên lạc ngày sinh nhật</translation>
    </message>
    <message>
        <source>Asked for contact</source>
        <comment>@info alert</comment>
        <translation>Đã yêu cầu liên lạc</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>@info alert</comment>
        <translation>Cần chú ý</translation>
    </message>
    <message>
        <source>no date</source>
        <comment>@info</comment>
        <translation>không có ngày</translation>
    </message>
    <message>
        <source>today</source>
        <comment>@info time</comment>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>yesterday</source>
        <comment>@info time</comment>
        <translation>hôm qua</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>%n tuần trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>@info time</comment>
        <translation>
            <numerusform>%n tháng trước</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>@info money</comment>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>%1 mỗi năm</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>@info money</comment>
        <translation>%1 mỗi tháng</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <comment>@info money</comment>
        <translation>%1 mỗi tuần</translation>
    </message>
    <message>
        <source>Copy made to keep</source>
        <comment>@info chronology</comment>
        <extracomment>A copy of the young person&apos;s plan or health history was made for them to keep</extracomment>
        <translation>Đã tạo bản sao để giữ</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <comment>@info recorded need</comment>
        <translation>Cần thông dịch viên</translation>
    </message>
    <message>
        <source>Needs an interpreter: %1</source>
        <comment>@info recorded need</comment>
        <extracomment>A recorded need shown to staff: %1 the young person&apos;s first language</extracomment>
        <translation>Cần thông dịch viên: %1</translation>
    </message>
    <message>
        <source>Not in education, work or training for too long</source>
        <comment>@info alert</comment>
        <translation>Không đi học, không làm việc hay đào tạo quá lâu</translation>
    </message>
    <message>
        <source>Accommodation not suitable</source>
        <comment>@info alert</comment>
        <translation>Chỗ ở không phù hợp</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <extracomment>Label of the list of languages; each language is listed in its own words</extracomment>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 is the language in use, in its own words, e.g. &quot;العربية&quot;</extracomment>
        <translation>Ngôn ngữ: %1</translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading…</source>
        <comment>@info</comment>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>LogContactPage</name>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>Ghi lại liên lạc</translation>
    </message>
    <message>
        <source>Who with</source>
        <comment>@label:listbox</comment>
        <translation>Với ai</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@label</comment>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>How</source>
        <comment>@label</comment>
        <translation>Cách thức</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>Đã nói chuyện (liên lạc thành công)</translation>
    </message>
    <message>
        <source>Successful contact</source>
        <comment>@option:check</comment>
        <translation type="vanished">Liên lạc thành công</translation>
    </message>
    <message>
        <source>Seen alone</source>
        <comment>@option:check</comment>
        <translation>Gặp riêng</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>@label:textbox</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save contact</source>
        <comment>@action:button</comment>
        <translation>Lưu liên lạc</translation>
    </message>
    <message>
        <source>Log another contact</source>
        <comment>@action:button</comment>
        <translation>Ghi lại liên lạc khác</translation>
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
        <translation>Những gì mình có thể nhận</translation>
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
        <translation>Cách nhận: %1</translation>
    </message>
    <message>
        <source>Ask for this</source>
        <comment>@action:button</comment>
        <translation>Xin cái này</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Xin %1</translation>
    </message>
    <message>
        <source>Update status</source>
        <comment>@action:button</comment>
        <translation>Cập nhật tình trạng</translation>
    </message>
    <message>
        <source>Update the status of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">Cập nhật tình trạng của %1</translation>
    </message>
    <message>
        <source>No items of the local offer match right now.</source>
        <comment>@info</comment>
        <translation>Hiện không có mục nào trong hỗ trợ địa phương phù hợp.</translation>
    </message>
    <message>
        <source>Ask your PA what help you can get.</source>
        <comment>@info</comment>
        <translation>Hỏi cố vấn xem bạn có thể nhận hỗ trợ gì.</translation>
    </message>
    <message>
        <source>Ask for this: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 an offer item</extracomment>
        <translation type="vanished">Xin cái này: %1</translation>
    </message>
</context>
<context>
    <name>Pathway::AlertListModel</name>
    <message>
        <source>Coming due</source>
        <comment>@info alert tier</comment>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>@info alert tier</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Escalated to a manager</source>
        <comment>@info alert tier</comment>
        <translation>Đã chuyển lên quản lý</translation>
    </message>
    <message>
        <source>Contact may be lost</source>
        <comment>@info alert tier</comment>
        <extracomment>The young person has not been contacted for so long they may be lost to the service</extracomment>
        <translation>Có thể đã mất liên lạc</translation>
    </message>
    <message>
        <source>Needs action now</source>
        <comment>@info alert tier</comment>
        <translation>Cần xử lý ngay</translation>
    </message>
    <message>
        <source>A young person not on this device yet</source>
        <comment>@info</comment>
        <translation>Một bạn trẻ chưa có trên thiết bị này</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: when something is due</extracomment>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <comment>@info alert</comment>
        <extracomment>%1 is a date: since when the alert&apos;s condition has been true</extracomment>
        <translation>Từ %1</translation>
    </message>
    <message>
        <source>For a manager</source>
        <comment>@info alert audience</comment>
        <translation>Cho quản lý</translation>
    </message>
    <message>
        <source>For the PA</source>
        <comment>@info alert audience</comment>
        <translation>Cho cố vấn</translation>
    </message>
    <message>
        <source>a member of staff</source>
        <comment>@info who acknowledged</comment>
        <translation>một nhân viên</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <comment>@info alert</comment>
        <extracomment>%1 a member of staff, %2 a date and time</extracomment>
        <translation>Được %1 xác nhận lúc %2</translation>
    </message>
    <message>
        <source>Acknowledgement as last checked with the server.</source>
        <comment>@info alert</comment>
        <translation>Xác nhận theo lần kiểm tra gần nhất với máy chủ.</translation>
    </message>
    <message>
        <source>Found on this device. The server has not listed it yet, so it cannot be acknowledged yet.</source>
        <comment>@info alert</comment>
        <translation>Tìm thấy trên thiết bị này. Máy chủ chưa liệt kê nó, nên chưa thể xác nhận.</translation>
    </message>
    <message>
        <source>Acknowledging needs a connection to the server.</source>
        <comment>@info alert</comment>
        <translation>Việc xác nhận cần kết nối với máy chủ.</translation>
    </message>
    <message>
        <source>Sending the acknowledgement…</source>
        <comment>@info alert</comment>
        <translation>Đang gửi xác nhận…</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@action:button</comment>
        <translation>Phân công cố vấn</translation>
    </message>
    <message>
        <source>Open record</source>
        <comment>@action:button</comment>
        <translation>Mở hồ sơ</translation>
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
        <translation>Bản dùng thử: các cảnh báo này được tính trên thiết bị này. Không có gì được gửi đi, nên không thể xác nhận.</translation>
    </message>
    <message>
        <source>This device is not signed in to the server, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>Thiết bị này chưa đăng nhập vào máy chủ, nên danh sách này được tính trên thiết bị. Việc xác nhận cần kết nối.</translation>
    </message>
    <message>
        <source>Your sign-in has expired, so this list is worked out on this device. Sign in again to acknowledge alerts.</source>
        <comment>@info</comment>
        <translation>Phiên đăng nhập đã hết hạn, nên danh sách này được tính trên thiết bị. Hãy đăng nhập lại để xác nhận cảnh báo.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <comment>@info</comment>
        <translation>Đang kiểm tra với máy chủ…</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <translation>Không kết nối được máy chủ, nên danh sách này được tính trên thiết bị. Việc xác nhận cần kết nối.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this list is worked out on this device, with the acknowledgements as they were on %1. Acknowledging needs a connection.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>Không kết nối được máy chủ, nên danh sách này được tính trên thiết bị, với các xác nhận như lúc %1. Việc xác nhận cần kết nối.</translation>
    </message>
    <message>
        <source>Checked with the server on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date and time</extracomment>
        <translation>Đã kiểm tra với máy chủ lúc %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need(s) action.</source>
        <comment>@info</comment>
        <extracomment>The first sentence of the alerts page&apos;s summary; the second is separate so each can take plurals</extracomment>
        <translation>
            <numerusform>%n cảnh báo cần xử lý.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged.</source>
        <comment>@info alerts</comment>
        <translation>
            <numerusform>%n đã xác nhận.</numerusform>
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
        <translation>Viết ghi chú: việc gì đang được làm, hoặc vì sao có thể chờ.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n character(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Ghi chú quá dài: tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: your sign-in has expired. Sign in again, then acknowledge.</source>
        <comment>@info</comment>
        <translation>Chưa gửi: phiên đăng nhập đã hết hạn. Hãy đăng nhập lại rồi xác nhận.</translation>
    </message>
    <message>
        <source>Not sent: acknowledging needs a connection to the server. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>Chưa gửi: việc xác nhận cần kết nối với máy chủ. Ghi chú của bạn được giữ ở đây; hãy thử lại khi có mạng.</translation>
    </message>
    <message>
        <source>Not sent: the server has not listed this alert yet. It can be acknowledged after the next sync.</source>
        <comment>@info</comment>
        <translation>Chưa gửi: máy chủ chưa liệt kê cảnh báo này. Có thể xác nhận sau lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Acknowledged. Everyone who sees this alert now sees your note.</source>
        <comment>@info</comment>
        <translation>Đã xác nhận. Ai thấy cảnh báo này giờ sẽ thấy ghi chú của bạn.</translation>
    </message>
    <message>
        <source>Not sent: the server cannot be reached. Your note is kept here; try again when you are online.</source>
        <comment>@info</comment>
        <translation>Chưa gửi: không kết nối được máy chủ. Ghi chú của bạn được giữ ở đây; hãy thử lại khi có mạng.</translation>
    </message>
    <message>
        <source>Not acknowledged: this alert has cleared on the server in the meantime.</source>
        <comment>@info</comment>
        <translation>Chưa xác nhận: cảnh báo này đã được giải quyết trên máy chủ trong lúc đó.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server no longer shows you this alert.</source>
        <comment>@info</comment>
        <translation>Chưa xác nhận: máy chủ không còn hiện cảnh báo này cho bạn.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept the note. Write a shorter note and try again.</source>
        <comment>@info</comment>
        <translation>Chưa xác nhận: máy chủ không nhận ghi chú. Hãy viết ghi chú ngắn hơn và thử lại.</translation>
    </message>
    <message>
        <source>Not acknowledged: the server did not accept it. Try again later.</source>
        <comment>@info</comment>
        <translation>Chưa xác nhận: máy chủ không chấp nhận. Hãy thử lại sau.</translation>
    </message>
</context>
<context>
    <name>Pathway::AppController</name>
    <message>
        <source>The first sync did not finish. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>Lần đồng bộ đầu tiên chưa xong. Hãy kiểm tra kết nối và thử lại.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>Phiên đăng nhập đã hết hạn. Các thay đổi của bạn được giữ trên thiết bị này.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters or digits.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Dùng ít nhất %n chữ hoặc số.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different. Type the same one twice.</source>
        <comment>@info</comment>
        <translation>Hai lần nhập không giống nhau. Hãy nhập cùng một thứ hai lần.</translation>
    </message>
    <message>
        <source>Sign in first: go back and type your e-mail and password, or your code.</source>
        <comment>@info</comment>
        <translation>Hãy đăng nhập trước: quay lại và nhập email và mật khẩu, hoặc mã của bạn.</translation>
    </message>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation type="vanished">Nhập mã mới từ cố vấn của bạn.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation type="vanished">Nhập mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation type="vanished">Mã đó dành cho người khác. Điện thoại này giữ thông tin của bạn, nên chỉ mã tạo cho bạn mới dùng được ở đây. Hãy xin cố vấn mã mới.</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation type="vanished">Đây là tài khoản khác. Thiết bị này giữ thông tin của người đã cài đặt nó, nên chỉ người đó đăng nhập được ở đây. Không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation type="vanished">
            <numerusform>Thử quá nhiều lần. Chờ %n giây, rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation type="vanished">Không kết nối được máy chủ. Các thay đổi của bạn được giữ lại; hãy thử lại khi có mạng.</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">Mã đó không dùng được. Có thể đã dùng rồi hoặc hết hạn: hãy xin cố vấn mã mới. Không có gì trên điện thoại này thay đổi.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation type="vanished">Mật khẩu không đúng. Không có gì trên thiết bị này thay đổi.</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation type="vanished">Đăng nhập không thành công. Các thay đổi của bạn được giữ lại; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>This device was signed out by your leaving-care service and the information on it was removed. If this is your device, sign in again.</source>
        <comment>@info</comment>
        <translation>Thiết bị này đã bị dịch vụ hỗ trợ người rời chăm sóc đăng xuất và thông tin trên đó đã bị xóa. Nếu đây là thiết bị của bạn, hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <comment>@info</comment>
        <translation>Cụm mật khẩu không đúng. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Wait, then try again.</source>
        <comment>@info</comment>
        <translation>Sai quá nhiều lần. Hãy chờ rồi thử lại.</translation>
    </message>
    <message>
        <source>This device&apos;s key store cannot be reached. Unlock the device and try again.</source>
        <comment>@info</comment>
        <translation>Không truy cập được kho khóa của thiết bị. Hãy mở khóa thiết bị và thử lại.</translation>
    </message>
    <message>
        <source>There is no data on this device yet.</source>
        <comment>@info</comment>
        <translation>Chưa có dữ liệu trên thiết bị này.</translation>
    </message>
    <message>
        <source>This device already has data. Unlock it instead.</source>
        <comment>@info</comment>
        <translation>Thiết bị này đã có dữ liệu. Hãy mở khóa thay vào đó.</translation>
    </message>
    <message>
        <source>This device&apos;s data file is missing. Nothing was replaced. Restore it from a backup, or sign in again to download your records.</source>
        <comment>@info</comment>
        <translation>Tệp dữ liệu của thiết bị này bị mất. Không có gì bị thay thế. Hãy khôi phục từ bản sao lưu, hoặc đăng nhập lại để tải hồ sơ của bạn.</translation>
    </message>
    <message>
        <source>The data on this device could not be opened.</source>
        <comment>@info</comment>
        <translation>Không mở được dữ liệu trên thiết bị này.</translation>
    </message>
</context>
<context>
    <name>Pathway::AttentionNotifier</name>
    <message>
        <source>Open alerts</source>
        <comment>@action:button notification</comment>
        <extracomment>The button of an OS notification that opens the alerts page</extracomment>
        <translation>Mở cảnh báo</translation>
    </message>
    <message numerus="yes">
        <source>%n young people in your team have a new alert for a manager</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a manager&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>%n bạn trẻ trong nhóm của bạn có cảnh báo mới cho quản lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n young people on your caseload have a new alert</source>
        <comment>@info:notification</comment>
        <extracomment>OS notification on a PA&apos;s device: a count only, never names</extracomment>
        <translation>
            <numerusform>%n bạn trẻ trong danh sách của bạn có cảnh báo mới</numerusform>
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
            <numerusform>%n bạn trẻ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n cần chú ý.</numerusform>
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
        <translation>Không có gì quá hạn</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>@info other alerts</comment>
        <translation>
            <numerusform>và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <comment>@info</comment>
        <translation>Liên lạc gần nhất %1</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <comment>@info</comment>
        <translation>Chưa ghi lại liên lạc nào</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>Muốn nói chuyện hôm nay</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>Muốn nói chuyện</translation>
    </message>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>%1 tuổi, %2</translation>
    </message>
    <message>
        <source>No PA</source>
        <comment>@info</comment>
        <translation>Không có cố vấn</translation>
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
        <translation>Một cố vấn</translation>
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
        <translation>Chưa ghi lại hoạt động nào.</translation>
    </message>
    <message>
        <source>%1, since %2.</source>
        <comment>@info activity</comment>
        <extracomment>%1 an activity (&quot;Other education, full time&quot;), %2 a date</extracomment>
        <translation>%1, từ %2.</translation>
    </message>
    <message>
        <source>No accommodation recorded yet.</source>
        <comment>@info</comment>
        <translation>Chưa ghi lại chỗ ở nào.</translation>
    </message>
    <message>
        <source>%1, suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Independent living&quot;), %2 a date</extracomment>
        <translation>%1, phù hợp, từ %2.</translation>
    </message>
    <message>
        <source>%1, not suitable, since %2.</source>
        <comment>@info accommodation</comment>
        <extracomment>%1 accommodation (&quot;Bed and breakfast&quot;), %2 a date</extracomment>
        <translation>%1, không phù hợp, từ %2.</translation>
    </message>
    <message>
        <source>Worked out from contacts around each birthday; nothing else recorded.</source>
        <comment>@info</comment>
        <translation>Tính từ các liên lạc quanh mỗi ngày sinh nhật; chưa ghi lại gì khác.</translation>
    </message>
    <message>
        <source>%1, recorded from %2.</source>
        <comment>@info in touch</comment>
        <extracomment>%1 an in-touch status (&quot;Refuses contact&quot;), %2 a date</extracomment>
        <translation>%1, ghi lại từ %2.</translation>
    </message>
    <message>
        <source>disability not recorded</source>
        <comment>@info</comment>
        <translation>chưa ghi lại về khuyết tật</translation>
    </message>
    <message>
        <source>has a disability</source>
        <comment>@info</comment>
        <translation>có khuyết tật</translation>
    </message>
    <message>
        <source>no disability</source>
        <comment>@info</comment>
        <translation>không có khuyết tật</translation>
    </message>
    <message>
        <source>Gender: %1. Ethnicity: %2. %3.</source>
        <comment>@info</comment>
        <extracomment>%1 gender, %2 ethnicity, %3 disability (&quot;no disability&quot;)</extracomment>
        <translation>Giới tính: %1. Sắc tộc: %2. %3.</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <comment>@option</comment>
        <translation>Có khuyết tật</translation>
    </message>
    <message>
        <source>No disability</source>
        <comment>@option</comment>
        <translation>Không có khuyết tật</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <comment>@option</comment>
        <translation>Chưa ghi lại</translation>
    </message>
    <message>
        <source>Choose the day it started.</source>
        <comment>@info</comment>
        <translation>Chọn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The activity is recorded.</source>
        <comment>@info</comment>
        <translation>Đã ghi lại hoạt động.</translation>
    </message>
    <message>
        <source>Choose the day they moved in.</source>
        <comment>@info</comment>
        <translation>Chọn ngày họ chuyển đến.</translation>
    </message>
    <message>
        <source>The accommodation is recorded.</source>
        <comment>@info</comment>
        <translation>Đã ghi lại chỗ ở.</translation>
    </message>
    <message>
        <source>Choose the day it applies from.</source>
        <comment>@info</comment>
        <translation>Chọn ngày bắt đầu áp dụng.</translation>
    </message>
    <message>
        <source>The in-touch status is recorded.</source>
        <comment>@info</comment>
        <translation>Đã ghi lại tình trạng giữ liên lạc.</translation>
    </message>
    <message>
        <source>You cannot change this record.</source>
        <comment>@info</comment>
        <translation>Bạn không thể thay đổi hồ sơ này.</translation>
    </message>
    <message>
        <source>Gender, ethnicity and disability are saved.</source>
        <comment>@info</comment>
        <translation>Đã lưu giới tính, sắc tộc và khuyết tật.</translation>
    </message>
</context>
<context>
    <name>Pathway::ConflictsModel</name>
    <message>
        <source>The young person&apos;s own words</source>
        <comment>@title conflict</comment>
        <translation>Lời của chính bạn trẻ</translation>
    </message>
    <message>
        <source>The goal</source>
        <comment>@title conflict</comment>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>What happens if the plan stops working</source>
        <comment>@title conflict</comment>
        <translation>Chuyện gì xảy ra nếu kế hoạch không hiệu quả</translation>
    </message>
    <message>
        <source>The notes</source>
        <comment>@title conflict</comment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@title conflict</comment>
        <translation>Một bước trong kế hoạch</translation>
    </message>
    <message>
        <source>A text</source>
        <comment>@title conflict</comment>
        <translation>Một nội dung</translation>
    </message>
    <message>
        <source>Plan, %1: %2</source>
        <comment>@title conflict</comment>
        <extracomment>%1 a plan area, %2 which text in it, e.g. &quot;Plan, Health: The goal&quot;</extracomment>
        <translation>Kế hoạch, %1: %2</translation>
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
        <translation>%1. Trên thiết bị này: %2. Từ máy chủ: %3</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactLogController</name>
    <message>
        <source>The visit with %1 is already saved (%2).</source>
        <comment>@info</comment>
        <extracomment>%1 name, %2 the time it was saved</extracomment>
        <translation>Chuyến thăm với %1 đã được lưu (%2).</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <comment>@info</comment>
        <translation>Không lưu được chuyến thăm.</translation>
    </message>
    <message>
        <source>Visit with %1 saved on this device.</source>
        <comment>@info</comment>
        <translation>Đã lưu chuyến thăm với %1 trên thiết bị này.</translation>
    </message>
    <message>
        <source>Choose who the contact was with.</source>
        <comment>@info</comment>
        <translation>Chọn liên lạc với ai.</translation>
    </message>
    <message>
        <source>Choose when the contact happened.</source>
        <comment>@info</comment>
        <translation>Chọn liên lạc diễn ra khi nào.</translation>
    </message>
    <message>
        <source>%1 is in the future. Choose when the contact happened: now or earlier.</source>
        <comment>@info</comment>
        <extracomment>%1 the time chosen</extracomment>
        <translation>%1 là trong tương lai. Chọn liên lạc diễn ra khi nào: bây giờ hoặc sớm hơn.</translation>
    </message>
    <message>
        <source>Some of that is missing or too long.</source>
        <comment>@info</comment>
        <translation>Có phần bị thiếu hoặc quá dài.</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <comment>@info</comment>
        <translation>Không lưu được liên lạc.</translation>
    </message>
    <message>
        <source>%1 with %2 saved on this device.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact, %2 name</extracomment>
        <translation>Đã lưu %1 với %2 trên thiết bị này.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>@info</comment>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Give a reason for the amendment.</source>
        <comment>@info</comment>
        <translation>Nêu lý do sửa.</translation>
    </message>
    <message>
        <source>Amendment saved. The original contact is kept.</source>
        <comment>@info</comment>
        <translation>Đã lưu bản sửa. Liên lạc gốc vẫn được giữ.</translation>
    </message>
    <message>
        <source>That contact is not on this device.</source>
        <comment>@info</comment>
        <translation>Liên lạc đó không có trên thiết bị này.</translation>
    </message>
    <message>
        <source>This contact is marked as entered in error.</source>
        <comment>@info</comment>
        <translation>Liên lạc này đã được đánh dấu là ghi nhầm.</translation>
    </message>
    <message>
        <source>Say why this contact was entered in error.</source>
        <comment>@info</comment>
        <translation>Nói vì sao liên lạc này bị ghi nhầm.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <comment>@info</comment>
        <translation>Lý do quá dài.</translation>
    </message>
    <message>
        <source>The contact could not be marked as entered in error.</source>
        <comment>@info</comment>
        <translation>Không đánh dấu được liên lạc là ghi nhầm.</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact, and the request to talk it answered is open again. The original stays on the record.</source>
        <comment>@info</comment>
        <translation>Đã đánh dấu là ghi nhầm. Nó không còn được tính là liên lạc, và yêu cầu nói chuyện mà nó đã trả lời được mở lại. Bản gốc vẫn nằm trong hồ sơ.</translation>
    </message>
    <message>
        <source>Marked as entered in error. It no longer counts as contact; the original stays on the record.</source>
        <comment>@info</comment>
        <translation>Đã đánh dấu là ghi nhầm. Nó không còn được tính là liên lạc; bản gốc vẫn nằm trong hồ sơ.</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestController</name>
    <message>
        <source>Call %1 on %2</source>
        <comment>@action:button</comment>
        <extracomment>A button that phones: %1 who, %2 their number</extracomment>
        <translation>Gọi %1 số %2</translation>
    </message>
    <message>
        <source>Out-of-hours team</source>
        <comment>@info helpline</comment>
        <translation>Nhóm ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>When your PA cannot answer</source>
        <comment>@info helpline</comment>
        <translation>Khi cố vấn không trả lời được</translation>
    </message>
    <message>
        <source>Emergency: police, ambulance, fire</source>
        <comment>@info helpline</comment>
        <translation>Khẩn cấp: cảnh sát, cấp cứu, cứu hỏa</translation>
    </message>
    <message>
        <source>If you or someone else is in danger now</source>
        <comment>@info helpline</comment>
        <translation>Nếu bạn hoặc ai đó đang gặp nguy hiểm ngay bây giờ</translation>
    </message>
    <message>
        <source>Childline</source>
        <comment>@info helpline</comment>
        <translation>Childline</translation>
    </message>
    <message>
        <source>Free, day or night, if you are under 19</source>
        <comment>@info helpline</comment>
        <translation>Miễn phí, ngày và đêm, nếu bạn dưới 19 tuổi</translation>
    </message>
    <message>
        <source>Samaritans</source>
        <comment>@info helpline</comment>
        <translation>Samaritans</translation>
    </message>
    <message>
        <source>Free, day or night, whatever you are going through</source>
        <comment>@info helpline</comment>
        <translation>Miễn phí, ngày và đêm, dù bạn đang trải qua chuyện gì</translation>
    </message>
    <message>
        <source>This request has been answered already.</source>
        <comment>@info</comment>
        <translation>Yêu cầu này đã được trả lời.</translation>
    </message>
    <message>
        <source>This request is no longer on this device.</source>
        <comment>@info</comment>
        <translation>Yêu cầu này không còn trên thiết bị này.</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <comment>@info</comment>
        <translation>Hãy viết câu trả lời trước.</translation>
    </message>
    <message>
        <source>The reply could not be saved. It may be too long.</source>
        <comment>@info</comment>
        <translation>Không lưu được câu trả lời. Có thể nó quá dài.</translation>
    </message>
    <message>
        <source>Reply saved on this device. It is sent when you are online.</source>
        <comment>@info</comment>
        <translation>Đã lưu câu trả lời trên thiết bị này. Nó được gửi khi bạn có mạng.</translation>
    </message>
    <message>
        <source>Choose how you talked.</source>
        <comment>@info</comment>
        <translation>Chọn cách hai bên đã nói chuyện.</translation>
    </message>
    <message>
        <source>The contact could not be saved. The notes may be too long.</source>
        <comment>@info</comment>
        <translation>Không lưu được liên lạc. Có thể ghi chú quá dài.</translation>
    </message>
    <message>
        <source>%1 saved on this device. The request is answered.</source>
        <comment>@info</comment>
        <extracomment>%1 kind of contact (&quot;Phone call&quot;)</extracomment>
        <translation>Đã lưu %1 trên thiết bị này. Yêu cầu đã được trả lời.</translation>
    </message>
</context>
<context>
    <name>Pathway::ContactRequestsModel</name>
    <message>
        <source>%1 at %2</source>
        <comment>@info</comment>
        <extracomment>%1 how long ago (&quot;today&quot;, &quot;3 days ago&quot;), %2 a time (&quot;18:40&quot;)</extracomment>
        <translation>%1 lúc %2</translation>
    </message>
    <message>
        <source>Asked to talk today</source>
        <comment>@info request</comment>
        <translation>Muốn nói chuyện hôm nay</translation>
    </message>
    <message>
        <source>Asked to talk</source>
        <comment>@info request</comment>
        <translation>Muốn nói chuyện</translation>
    </message>
    <message>
        <source>You asked to talk today</source>
        <comment>@info request</comment>
        <translation>Bạn muốn nói chuyện hôm nay</translation>
    </message>
    <message>
        <source>You asked to talk</source>
        <comment>@info request</comment>
        <translation>Bạn muốn nói chuyện</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>@info:status request</comment>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Saved on your phone. It goes to your PA when you are online.</source>
        <comment>@info:status</comment>
        <translation>Đã lưu trên điện thoại. Nó đến cố vấn khi bạn có mạng.</translation>
    </message>
    <message>
        <source>Not accepted: ask your PA in another way.</source>
        <comment>@info:status</comment>
        <translation>Không được chấp nhận: hãy hỏi cố vấn bằng cách khác.</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <comment>@info:status</comment>
        <translation>Đang chờ bạn trả lời</translation>
    </message>
    <message>
        <source>Your PA has it. Waiting for an answer.</source>
        <comment>@info:status</comment>
        <translation>Cố vấn đã nhận. Đang chờ trả lời.</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>@info:status</comment>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Your PA</source>
        <comment>@info</comment>
        <translation>Cố vấn của bạn</translation>
    </message>
    <message>
        <source>%1 replied: %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 their reply</extracomment>
        <translation>%1 đã trả lời: %2</translation>
    </message>
    <message>
        <source>%1 answered: %2, %3</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 kind of contact (&quot;Phone&quot;), %3 when</extracomment>
        <translation>%1 đã trả lời: %2, %3</translation>
    </message>
    <message>
        <source>Answered by %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 the PA&apos;s name, %2 when</extracomment>
        <translation>%1 đã trả lời, %2</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>@info:status</comment>
        <translation>Đã rút lại</translation>
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
        <translation>Đã nói chuyện</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <comment>@info contact outcome</comment>
        <translation>Không liên lạc được</translation>
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
        <translation>Ghi nhầm: %1 (do %2 đánh dấu)</translation>
    </message>
    <message>
        <source>Entered in error: %1</source>
        <comment>@info</comment>
        <extracomment>%1 why the contact was entered in error</extracomment>
        <translation>Ghi nhầm: %1</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <comment>@info contact outcome</comment>
        <translation>Ghi nhầm</translation>
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
        <translation>Không tạo được bản sao. Hãy chọn một thư mục trên thiết bị này.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <comment>@info</comment>
        <translation>Không lưu được bản sao ở đó. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Saved as %1. Open it to print or share it.</source>
        <comment>@info</comment>
        <extracomment>%1 the file&apos;s name, e.g. pathway-plan-2026-12-06.pdf</extracomment>
        <translation>Đã lưu thành %1. Hãy mở ra để in hoặc chia sẻ.</translation>
    </message>
    <message>
        <source>Saved as %1, but this device could not note it in the record.</source>
        <comment>@info</comment>
        <translation>Đã lưu thành %1, nhưng thiết bị này không ghi được vào hồ sơ.</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentEditController</name>
    <message>
        <source>A document</source>
        <comment>@title</comment>
        <translation>Một giấy tờ</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <comment>@item:inlistbox who is helping</comment>
        <translation>Chưa có ai</translation>
    </message>
    <message>
        <source>%1 (their PA)</source>
        <comment>@item:inlistbox</comment>
        <extracomment>%1 the PA&apos;s name</extracomment>
        <translation>%1 (cố vấn của họ)</translation>
    </message>
    <message>
        <source>%1 says they have it now. Check it, then save it as &quot;Have it&quot;.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>%1 nói giờ đã có. Hãy kiểm tra rồi lưu là “Mình có rồi”.</translation>
    </message>
    <message>
        <source>%1 asked for help with this.</source>
        <comment>@info</comment>
        <translation>%1 đã nhờ giúp việc này.</translation>
    </message>
    <message>
        <source>Choose which document to add.</source>
        <comment>@info</comment>
        <translation>Chọn giấy tờ cần thêm.</translation>
    </message>
    <message>
        <source>The expiry date is before the day they got it. Check the expiry date.</source>
        <comment>@info</comment>
        <translation>Ngày hết hạn trước ngày họ nhận được. Hãy kiểm tra ngày hết hạn.</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <comment>@info document</comment>
        <translation>Đã cập nhật %1.</translation>
    </message>
    <message>
        <source>%1: confirmed that they have it.</source>
        <comment>@info document</comment>
        <translation>%1: đã xác nhận là họ có.</translation>
    </message>
    <message>
        <source>Thank you. Your PA will check it and confirm.</source>
        <comment>@info</comment>
        <translation>Cảm ơn bạn. Cố vấn sẽ kiểm tra và xác nhận.</translation>
    </message>
</context>
<context>
    <name>Pathway::DocumentsModel</name>
    <message>
        <source>Out of date</source>
        <comment>@info:status document</comment>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>Hết hạn %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>@info</comment>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>%1 is helping</source>
        <comment>@info</comment>
        <extracomment>%1 is a person, e.g. the PA&apos;s name</extracomment>
        <translation>%1 đang giúp</translation>
    </message>
    <message>
        <source>%1. %2 is helping</source>
        <comment>@info</comment>
        <translation>%1. %2 đang giúp</translation>
    </message>
    <message>
        <source>They asked for help.</source>
        <comment>@info document</comment>
        <translation>Họ đã nhờ giúp.</translation>
    </message>
    <message>
        <source>%1. They asked for help.</source>
        <comment>@info document</comment>
        <translation>%1. Họ đã nhờ giúp.</translation>
    </message>
    <message>
        <source>Says they have it: confirm</source>
        <comment>@info:status document</comment>
        <translation>Nói là đã có: hãy xác nhận</translation>
    </message>
    <message>
        <source>Waiting for your PA to confirm</source>
        <comment>@info:status document</comment>
        <translation>Đang chờ cố vấn xác nhận</translation>
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
        <translation>Chỉ dùng được một lần, đến %1 lúc %2.</translation>
    </message>
    <message>
        <source>Waiting for their phone to use the code.</source>
        <comment>@info</comment>
        <translation>Đang chờ điện thoại của họ dùng mã.</translation>
    </message>
    <message>
        <source>Done: %1&apos;s phone is set up. Their plan arrives on it now.</source>
        <comment>@info</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation>Xong: điện thoại của %1 đã được cài đặt. Kế hoạch của họ đang được chuyển đến.</translation>
    </message>
    <message>
        <source>This code has run out before it was used. Make a new one.</source>
        <comment>@info</comment>
        <translation>Mã này đã hết hạn trước khi được dùng. Hãy tạo mã mới.</translation>
    </message>
    <message>
        <source>Making a code…</source>
        <comment>@info</comment>
        <translation>Đang tạo mã…</translation>
    </message>
    <message>
        <source>The demo has no server, so it cannot make a real code. Signed in to your council&apos;s server, this shows a code and a QR code for their phone.</source>
        <comment>@info</comment>
        <translation>Bản dùng thử không có máy chủ, nên không tạo được mã thật. Khi đăng nhập vào máy chủ của hội đồng, chỗ này sẽ hiện mã và mã QR cho điện thoại của họ.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Making a code needs a connection: try again when you are online.</source>
        <comment>@info</comment>
        <translation>Không kết nối được máy chủ. Tạo mã cần kết nối: hãy thử lại khi có mạng.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again, then make the code.</source>
        <comment>@info</comment>
        <translation>Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại rồi tạo mã.</translation>
    </message>
    <message>
        <source>Only their PA or their PA&apos;s manager can make a code for their phone.</source>
        <comment>@info</comment>
        <translation>Chỉ cố vấn của họ hoặc quản lý của cố vấn mới tạo được mã cho điện thoại của họ.</translation>
    </message>
    <message>
        <source>The server could not make a code. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>Máy chủ không tạo được mã. Hãy thử lại sau vài phút.</translation>
    </message>
</context>
<context>
    <name>Pathway::EntitlementEditController</name>
    <message>
        <source>%1 since %2</source>
        <comment>@info offer status</comment>
        <extracomment>%1 a status (&quot;Claimed&quot;), %2 a date</extracomment>
        <translation>%1 từ %2</translation>
    </message>
    <message>
        <source>Choose the date.</source>
        <comment>@info</comment>
        <translation>Chọn ngày.</translation>
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
        <translation>%1 là gì?</translation>
    </message>
    <message>
        <source>PA</source>
        <comment>@info glossary word</comment>
        <extracomment>Short for personal adviser</extracomment>
        <translation>Cố vấn (PA)</translation>
    </message>
    <message>
        <source>GP</source>
        <comment>@info glossary word</comment>
        <extracomment>A family doctor (general practitioner)</extracomment>
        <translation>Bác sĩ gia đình (GP)</translation>
    </message>
    <message>
        <source>NHS number</source>
        <comment>@info glossary word</comment>
        <translation>Số NHS</translation>
    </message>
    <message>
        <source>NI number</source>
        <comment>@info glossary word</comment>
        <extracomment>National Insurance number</extracomment>
        <translation>Số NI</translation>
    </message>
    <message>
        <source>eVisa</source>
        <comment>@info glossary word</comment>
        <translation>eVisa</translation>
    </message>
    <message>
        <source>Staying Put</source>
        <comment>@info glossary word</comment>
        <translation>Ở lại (Staying Put)</translation>
    </message>
    <message>
        <source>Your PA (personal adviser) is the person from the council who helps you plan your life after care.</source>
        <comment>@info glossary</comment>
        <translation>Cố vấn cá nhân (PA) là người của hội đồng. Họ giúp bạn lên kế hoạch cho cuộc sống sau khi rời chế độ chăm sóc.</translation>
    </message>
    <message>
        <source>Your GP is your local doctor, who you see first when you are ill.</source>
        <comment>@info glossary</comment>
        <translation>GP là bác sĩ gần nơi bạn sống. Khi bị ốm, bạn đến gặp họ trước tiên.</translation>
    </message>
    <message>
        <source>Your NHS number is the number that links you to your health records.</source>
        <comment>@info glossary</comment>
        <translation>Số NHS là số kết nối bạn với hồ sơ y tế của bạn.</translation>
    </message>
    <message>
        <source>Your NI number is your own number for work, tax and benefits.</source>
        <comment>@info glossary</comment>
        <translation>Số NI là số riêng của bạn để đi làm, đóng thuế và nhận trợ cấp.</translation>
    </message>
    <message>
        <source>An eVisa is the online proof of your right to live and work in the UK.</source>
        <comment>@info glossary</comment>
        <translation>eVisa là bằng chứng trực tuyến về quyền sống và làm việc của bạn ở Vương quốc Anh (UK).</translation>
    </message>
    <message>
        <source>Staying Put means you can keep living with your foster carers after you turn 18.</source>
        <comment>@info glossary</comment>
        <translation>Ở lại (Staying Put) nghĩa là bạn có thể tiếp tục sống với gia đình nuôi dưỡng (foster carers) sau khi bạn 18 tuổi.</translation>
    </message>
</context>
<context>
    <name>Pathway::HandoverController</name>
    <message>
        <source>Your health history has not been handed to you yet. Your PA will do this before you are 18.</source>
        <comment>@info</comment>
        <translation>Hồ sơ sức khỏe chưa được giao cho bạn. Cố vấn sẽ làm việc này trước khi bạn 18 tuổi.</translation>
    </message>
    <message>
        <source>The health history has not been handed over yet.</source>
        <comment>@info</comment>
        <translation>Hồ sơ sức khỏe chưa được bàn giao.</translation>
    </message>
    <message>
        <source>Handed over on %1, but the young person does not have their copy yet.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Đã bàn giao ngày %1, nhưng bạn trẻ chưa có bản của mình.</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>Hồ sơ sức khỏe đã được giao cho bạn ngày %1.</translation>
    </message>
    <message>
        <source>Your health history was handed to you on %1 (%2).</source>
        <comment>@info</comment>
        <translation>Hồ sơ sức khỏe đã được giao cho bạn ngày %1 (%2).</translation>
    </message>
    <message>
        <source>Health history handed over on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the format (&quot;Paper copy&quot;)</extracomment>
        <translation>Đã bàn giao hồ sơ sức khỏe ngày %1.</translation>
    </message>
    <message>
        <source>Health history handed over on %1 (%2).</source>
        <comment>@info</comment>
        <translation>Đã bàn giao hồ sơ sức khỏe ngày %1 (%2).</translation>
    </message>
    <message>
        <source>Choose the day it was handed over.</source>
        <comment>@info</comment>
        <translation>Chọn ngày bàn giao.</translation>
    </message>
    <message>
        <source>The health history handover is recorded.</source>
        <comment>@info</comment>
        <translation>Đã ghi lại việc bàn giao hồ sơ sức khỏe.</translation>
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
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>@action:inmenu short</comment>
        <extracomment>Bottom navigation on a phone: one short word</extracomment>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>Kế hoạch của mình</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@action:inmenu short</comment>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>My health</source>
        <comment>@title:page</comment>
        <translation>Sức khỏe của mình</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@action:inmenu short</comment>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>What I can get</source>
        <comment>@title:page</comment>
        <extracomment>The local offer: what a care leaver can get from the council</extracomment>
        <translation>Những gì mình có thể nhận</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@action:inmenu short</comment>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>My documents</source>
        <comment>@title:page</comment>
        <translation>Giấy tờ của mình</translation>
    </message>
    <message>
        <source>Papers</source>
        <comment>@action:inmenu short</comment>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <extracomment>PA = personal adviser</extracomment>
        <translation>Nói chuyện với cố vấn</translation>
    </message>
    <message>
        <source>My PA</source>
        <comment>@action:inmenu short</comment>
        <translation>Cố vấn</translation>
    </message>
    <message>
        <source>My caseload</source>
        <comment>@title:page</comment>
        <translation>Các bạn trẻ của tôi</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@action:inmenu short</comment>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <comment>@title:page</comment>
        <translation>Ghi lại liên lạc</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>@action:inmenu short</comment>
        <translation>Ghi</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@title:page</comment>
        <extracomment>Staff page: every alert of the caseload or team, to act on or acknowledge</extracomment>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>@action:inmenu short</comment>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>Tổng quan nhóm</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>@action:inmenu short</comment>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Allocate a PA</source>
        <comment>@title:page</comment>
        <translation>Phân công cố vấn</translation>
    </message>
    <message>
        <source>Allocate</source>
        <comment>@action:inmenu short</comment>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@title:page</comment>
        <translation>Danh sách của cố vấn</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <comment>@action:inmenu short</comment>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>Xem xét kế hoạch cần ký duyệt</translation>
    </message>
    <message>
        <source>Reviews</source>
        <comment>@action:inmenu short</comment>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>@action:inmenu short</comment>
        <translation>Cài đặt</translation>
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
        <translation>Kết quả hoạt động</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>@action:inmenu short</comment>
        <translation>Kết quả</translation>
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
        <translation>%1. Không còn nhận yêu cầu mới</translation>
    </message>
</context>
<context>
    <name>Pathway::PerformanceController</name>
    <message>
        <source>Contact in the last 8 weeks</source>
        <comment>@title figure</comment>
        <translation>Liên lạc trong 8 tuần qua</translation>
    </message>
    <message>
        <source>Plan reviewed in the last 6 months</source>
        <comment>@title figure</comment>
        <translation>Kế hoạch được xem xét trong 6 tháng qua</translation>
    </message>
    <message>
        <source>Health history handed over by 18</source>
        <comment>@title figure</comment>
        <translation>Đã giao hồ sơ sức khỏe trước 18 tuổi</translation>
    </message>
    <message>
        <source>Photo ID and bank account by 18</source>
        <comment>@title figure</comment>
        <translation>Có giấy tờ tùy thân có ảnh và tài khoản ngân hàng trước 18 tuổi</translation>
    </message>
    <message>
        <source>Not in education, work or training (NEET)</source>
        <comment>@title figure</comment>
        <extracomment>NEET: not in education, employment or training</extracomment>
        <translation>Không đi học, không làm việc hay đào tạo (NEET)</translation>
    </message>
    <message>
        <source>In touch around their latest birthday</source>
        <comment>@title figure</comment>
        <translation>Giữ liên lạc quanh ngày sinh nhật gần nhất</translation>
    </message>
    <message>
        <source>No PA allocated</source>
        <comment>@title figure</comment>
        <translation>Chưa có cố vấn</translation>
    </message>
    <message>
        <source>Caseload</source>
        <comment>@title figure</comment>
        <translation>Số bạn trẻ được phụ trách</translation>
    </message>
    <message>
        <source>Of every care leaver.</source>
        <comment>@info figure group</comment>
        <translation>Trên tổng số người rời chăm sóc.</translation>
    </message>
    <message>
        <source>Of everyone aged 18 or over.</source>
        <comment>@info figure group</comment>
        <translation>Trên tổng số người từ 18 tuổi trở lên.</translation>
    </message>
    <message>
        <source>Of everyone whose activity is recorded.</source>
        <comment>@info figure group</comment>
        <translation>Trên tổng số người đã được ghi lại hoạt động.</translation>
    </message>
    <message>
        <source>Of everyone whose birthday check ended in the last year.</source>
        <comment>@info figure group</comment>
        <extracomment>The DfE&apos;s &quot;in touch&quot; check: a contact within a month of the 17th to 21st birthdays</extracomment>
        <translation>Trên tổng số người có đợt kiểm tra sinh nhật kết thúc trong năm qua.</translation>
    </message>
    <message>
        <source>Care leavers with no PA.</source>
        <comment>@info figure group</comment>
        <translation>Người rời chăm sóc chưa có cố vấn (PA).</translation>
    </message>
    <message>
        <source>Care leavers with a PA.</source>
        <comment>@info figure group</comment>
        <translation>Người rời chăm sóc có cố vấn (PA).</translation>
    </message>
    <message>
        <source>Whole team</source>
        <comment>@item:inlistbox</comment>
        <translation>Cả nhóm</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info figure value</comment>
        <translation>
            <numerusform>%n bạn trẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group</source>
        <comment>@info figure value</comment>
        <translation>Không có ai trong nhóm này</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <comment>@info figure value</comment>
        <extracomment>%1 a percentage (e.g. 75), %2 how many are counted, %3 out of how many</extracomment>
        <translation>%1% (%2 trên %3)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>@info month</comment>
        <extracomment>The current month on the Performance page, counted up to today; %1 month and year</extracomment>
        <translation>%1 (đến nay)</translation>
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
        <translation>Được tính</translation>
    </message>
    <message>
        <source>Not counted</source>
        <comment>@info figure person</comment>
        <translation>Không được tính</translation>
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
        <translation>%1, trước %2</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>@info:status</comment>
        <translation>Trễ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) to do</source>
        <comment>@info</comment>
        <extracomment>Screen reader: plan area and how many steps are still to do</extracomment>
        <translation>
            <numerusform>%1: còn %n bước</numerusform>
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
        <translation>Đã lưu trên thiết bị này. Sẽ gửi lên máy chủ khi có kết nối.</translation>
    </message>
    <message>
        <source>Saved on this device and on the server.</source>
        <comment>@info</comment>
        <translation>Đã lưu trên thiết bị này và trên máy chủ.</translation>
    </message>
    <message>
        <source>The server did not accept this change. Check it and save again, or ask your manager.</source>
        <comment>@info</comment>
        <translation>Máy chủ không nhận thay đổi này. Hãy kiểm tra rồi lưu lại, hoặc hỏi quản lý.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same time. Open Conflicts to choose which to keep.</source>
        <comment>@info</comment>
        <translation>Có người khác sửa cùng lúc. Mở Xung đột để chọn giữ bản nào.</translation>
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
        <translation>Ngày không thể ở tương lai. Hãy chọn ngày sớm hơn.</translation>
    </message>
    <message>
        <source>Some of that is too long. Shorten it and try again.</source>
        <comment>@info</comment>
        <translation>Có phần quá dài. Hãy rút ngắn và thử lại.</translation>
    </message>
    <message>
        <source>Some of the dates do not fit together. Check them and try again.</source>
        <comment>@info</comment>
        <translation>Một số ngày không khớp nhau. Hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>Some of that is missing. Check and try again.</source>
        <comment>@info</comment>
        <translation>Có phần bị thiếu. Hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>You cannot make this change. Ask your PA or manager.</source>
        <comment>@info</comment>
        <translation>Bạn không thể thay đổi điều này. Hãy hỏi cố vấn hoặc quản lý.</translation>
    </message>
    <message>
        <source>That could not be saved on this device. Try again.</source>
        <comment>@info</comment>
        <translation>Không lưu được trên thiết bị này. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>Pathway::RejectedChangesController</name>
    <message>
        <source>Not accepted: %1. %2</source>
        <comment>@info</comment>
        <extracomment>Screen reader: a change the server refused; %1 what, %2 why</extracomment>
        <translation>Không được chấp nhận: %1. %2</translation>
    </message>
    <message>
        <source>That could not be changed on this device.</source>
        <comment>@info</comment>
        <translation>Không thay đổi được trên thiết bị này.</translation>
    </message>
    <message>
        <source>Your change is undone. The saved version comes back when the app syncs.</source>
        <comment>@info</comment>
        <translation>Thay đổi của bạn đã được hoàn tác. Bản đã lưu sẽ trở lại khi ứng dụng đồng bộ.</translation>
    </message>
    <message>
        <source>Your change is undone.</source>
        <comment>@info</comment>
        <translation>Thay đổi của bạn đã được hoàn tác.</translation>
    </message>
    <message>
        <source>You cannot change this record now: they may have moved to another PA, or your role does not allow it.</source>
        <comment>@info rejected change</comment>
        <translation>Bạn không thể sửa hồ sơ này lúc này: có thể họ đã chuyển sang cố vấn khác, hoặc vai trò của bạn không cho phép.</translation>
    </message>
    <message>
        <source>Only your PA can make this change.</source>
        <comment>@info rejected change</comment>
        <translation>Chỉ cố vấn của bạn mới làm được thay đổi này.</translation>
    </message>
    <message>
        <source>A saved contact cannot be changed.</source>
        <comment>@info rejected change</comment>
        <translation>Không thể sửa một liên lạc đã lưu.</translation>
    </message>
    <message>
        <source>The clock on this device is wrong.</source>
        <comment>@info rejected change</comment>
        <translation>Đồng hồ của thiết bị này bị sai.</translation>
    </message>
    <message>
        <source>Something in this change is missing or not right.</source>
        <comment>@info rejected change</comment>
        <translation>Có phần trong thay đổi này bị thiếu hoặc không đúng.</translation>
    </message>
    <message>
        <source>This record belongs to someone this device cannot change.</source>
        <comment>@info rejected change</comment>
        <translation>Hồ sơ này thuộc về người mà thiết bị này không được sửa.</translation>
    </message>
    <message>
        <source>This device was signed out by the service.</source>
        <comment>@info rejected change</comment>
        <translation>Thiết bị này đã bị dịch vụ đăng xuất.</translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <comment>@info rejected change</comment>
        <translation>Máy chủ không chấp nhận.</translation>
    </message>
    <message>
        <source>Undo it here, and ask your manager who can make it.</source>
        <comment>@info rejected change</comment>
        <translation>Hoàn tác ở đây, và hỏi quản lý xem ai có thể làm.</translation>
    </message>
    <message>
        <source>Undo it here, and tell your PA on the Talk page what you wanted.</source>
        <comment>@info rejected change</comment>
        <translation>Hoàn tác ở đây, và nói với cố vấn trên trang Nói chuyện bạn muốn gì.</translation>
    </message>
    <message>
        <source>Undo it here. To correct a contact, mark it entered in error and log it again.</source>
        <comment>@info rejected change</comment>
        <translation>Hoàn tác ở đây. Để sửa một liên lạc, hãy đánh dấu là ghi nhầm rồi ghi lại.</translation>
    </message>
    <message>
        <source>Set the right date and time in the device settings, then undo it here and make it again.</source>
        <comment>@info rejected change</comment>
        <translation>Đặt đúng ngày giờ trong cài đặt thiết bị, rồi hoàn tác ở đây và làm lại.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again, or ask your manager.</source>
        <comment>@info rejected change</comment>
        <translation>Hoàn tác ở đây và làm lại thay đổi, hoặc hỏi quản lý.</translation>
    </message>
    <message>
        <source>Undo it here and try again, or ask your PA.</source>
        <comment>@info rejected change</comment>
        <translation>Hoàn tác ở đây và thử lại, hoặc hỏi cố vấn.</translation>
    </message>
    <message>
        <source>Words in the plan</source>
        <comment>@info rejected change</comment>
        <translation>Lời trong kế hoạch</translation>
    </message>
    <message>
        <source>A step in the plan</source>
        <comment>@info rejected change</comment>
        <translation>Một bước trong kế hoạch</translation>
    </message>
    <message>
        <source>A plan review</source>
        <comment>@info rejected change</comment>
        <translation>Một lần xem xét kế hoạch</translation>
    </message>
    <message>
        <source>The health history</source>
        <comment>@info rejected change</comment>
        <translation>Hồ sơ sức khỏe</translation>
    </message>
    <message>
        <source>A document</source>
        <comment>@info rejected change</comment>
        <translation>Một giấy tờ</translation>
    </message>
    <message>
        <source>Something from the local offer</source>
        <comment>@info rejected change</comment>
        <translation>Một mục trong hỗ trợ địa phương</translation>
    </message>
    <message>
        <source>A contact</source>
        <comment>@info rejected change</comment>
        <translation>Một liên lạc</translation>
    </message>
    <message>
        <source>A request to talk</source>
        <comment>@info rejected change</comment>
        <translation>Một yêu cầu nói chuyện</translation>
    </message>
    <message>
        <source>An event in the history</source>
        <comment>@info rejected change</comment>
        <translation>Một sự kiện trong lịch sử</translation>
    </message>
    <message>
        <source>A PA allocation</source>
        <comment>@info rejected change</comment>
        <translation>Một lần phân công cố vấn</translation>
    </message>
    <message>
        <source>A change</source>
        <comment>@info rejected change</comment>
        <translation>Một thay đổi</translation>
    </message>
    <message>
        <source>Someone else has already given them a PA for these dates.</source>
        <comment>@info rejected change</comment>
        <translation>Người khác đã phân công cố vấn cho bạn trẻ này trong những ngày này.</translation>
    </message>
    <message>
        <source>The person chosen is not a PA of this service.</source>
        <comment>@info rejected change</comment>
        <translation>Người được chọn không phải là cố vấn của dịch vụ này.</translation>
    </message>
    <message>
        <source>The service could not accept one detail of this change (%1).</source>
        <comment>@info rejected change</comment>
        <extracomment>%1 is the name of the detail the server refused, as the app stores it (e.g. &quot;notes&quot;, &quot;from&quot;)</extracomment>
        <translation>Dịch vụ không chấp nhận được một chi tiết của thay đổi này (%1).</translation>
    </message>
    <message>
        <source>Undo it here. Once the app has synced, check who their PA is now, and allocate again if it is still needed.</source>
        <comment>@info rejected change</comment>
        <translation>Hoàn tác ở đây. Khi ứng dụng đã đồng bộ, hãy kiểm tra xem ai đang là cố vấn của họ, và phân công lại nếu vẫn cần.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your manager.</source>
        <comment>@info rejected change</comment>
        <translation>Hoàn tác ở đây và làm lại thay đổi. Nếu vẫn bị từ chối, hãy cập nhật ứng dụng hoặc báo cho quản lý.</translation>
    </message>
    <message>
        <source>Undo it here and make the change again. If it is refused again, update the app, or tell your PA on the Talk page.</source>
        <comment>@info rejected change</comment>
        <translation>Hoàn tác ở đây và làm lại thay đổi. Nếu vẫn bị từ chối, hãy cập nhật ứng dụng hoặc nói với cố vấn trên trang Nói chuyện.</translation>
    </message>
    <message>
        <source>What they are doing (education, work or training)</source>
        <comment>@info rejected change</comment>
        <translation>Họ đang làm gì (học tập, làm việc hay đào tạo)</translation>
    </message>
    <message>
        <source>Where they live</source>
        <comment>@info rejected change</comment>
        <translation>Nơi họ sống</translation>
    </message>
    <message>
        <source>Whether they are in touch</source>
        <comment>@info rejected change</comment>
        <translation>Họ có giữ liên lạc không</translation>
    </message>
</context>
<context>
    <name>Pathway::ReturnsController</name>
    <message>
        <source>1 April %1 to 31 March %2</source>
        <comment>@info</comment>
        <extracomment>The SSDA903 collection year, e.g. &quot;1 April 2025 to 31 March 2026&quot;</extracomment>
        <translation>1 tháng 4 năm %1 đến 31 tháng 3 năm %2</translation>
    </message>
    <message>
        <source>Fetching the return from the server…</source>
        <comment>@info</comment>
        <translation>Đang tải báo cáo từ máy chủ…</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this return.</source>
        <comment>@info</comment>
        <translation>Chỉ quản lý và quản trị viên mới lấy được báo cáo này.</translation>
    </message>
    <message>
        <source>The return could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>Không tải được báo cáo. Hãy kiểm tra kết nối và thử lại.</translation>
    </message>
    <message>
        <source>The return could not be saved in %1. Choose another folder.</source>
        <comment>@info</comment>
        <extracomment>%1 a folder</extracomment>
        <translation>Không lưu được báo cáo trong %1. Hãy chọn thư mục khác.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n row(s).</source>
        <comment>@info</comment>
        <extracomment>%1 a file path; then how many young people are in it</extracomment>
        <translation>
            <numerusform>Đã lưu %1 với %n dòng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n row(s) need correcting before it is sent.</source>
        <comment>@info</comment>
        <extracomment>%1 &quot;Saved ... with N rows.&quot;; then how many rows break a DfE rule</extracomment>
        <translation>
            <numerusform>%1 Có %n dòng cần sửa trước khi gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a day up to today: the list shows what was recorded by then.</source>
        <comment>@info</comment>
        <translation>Chọn một ngày đến hôm nay: danh sách cho thấy những gì đã được ghi đến ngày đó.</translation>
    </message>
    <message>
        <source>Only managers and administrators can take this list.</source>
        <comment>@info</comment>
        <translation>Chỉ quản lý và quản trị viên mới lấy được danh sách này.</translation>
    </message>
    <message>
        <source>The server refused the day: choose a day up to today.</source>
        <comment>@info</comment>
        <translation>Máy chủ đã từ chối ngày đó: hãy chọn một ngày đến hôm nay.</translation>
    </message>
    <message>
        <source>The list could not be fetched. Check the connection and try again.</source>
        <comment>@info</comment>
        <translation>Không lấy được danh sách. Kiểm tra kết nối rồi thử lại.</translation>
    </message>
    <message>
        <source>The server refused the list (%1). Sign in again or ask an administrator.</source>
        <comment>@info</comment>
        <extracomment>%1 the server&apos;s reason, a code such as &quot;login_required&quot;</extracomment>
        <translation>Máy chủ đã từ chối danh sách (%1). Đăng nhập lại hoặc hỏi quản trị viên.</translation>
    </message>
</context>
<context>
    <name>Pathway::ReviewController</name>
    <message>
        <source>The review is overdue: it was due %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Việc xem xét đã quá hạn: hạn là %1.</translation>
    </message>
    <message>
        <source>The review is due by %1.</source>
        <comment>@info</comment>
        <translation>Việc xem xét phải làm trước %1.</translation>
    </message>
    <message>
        <source>Next review %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Lần xem xét tới %1.</translation>
    </message>
    <message>
        <source>No review recorded yet.</source>
        <comment>@info</comment>
        <translation>Chưa ghi lại lần xem xét nào.</translation>
    </message>
    <message>
        <source>Choose the day the review was held.</source>
        <comment>@info</comment>
        <translation>Chọn ngày đã xem xét.</translation>
    </message>
    <message>
        <source>Write what was agreed at the review.</source>
        <comment>@info</comment>
        <translation>Viết những gì đã thống nhất khi xem xét.</translation>
    </message>
    <message>
        <source>Choose a next review date after the review.</source>
        <comment>@info</comment>
        <translation>Chọn ngày xem xét tiếp theo sau lần xem xét này.</translation>
    </message>
    <message>
        <source>The review is recorded.</source>
        <comment>@info</comment>
        <translation>Đã ghi lại việc xem xét.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInAgainController</name>
    <message>
        <source>Type the new code from your PA.</source>
        <comment>@info</comment>
        <translation>Nhập mã mới từ cố vấn của bạn.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <comment>@info</comment>
        <translation>Nhập mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>That code is for someone else. This phone keeps your information, so only a code made for you works here. Ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>Mã đó dành cho người khác. Điện thoại này giữ thông tin của bạn, nên chỉ mã tạo cho bạn mới dùng được ở đây. Hãy xin cố vấn mã mới.</translation>
    </message>
    <message>
        <source>That is a different account. This device keeps the information of the person who set it up, so only they can sign in here. Nothing was changed.</source>
        <comment>@info</comment>
        <translation>Đây là tài khoản khác. Thiết bị này giữ thông tin của người đã cài đặt nó, nên chỉ người đó đăng nhập được ở đây. Không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>Thử quá nhiều lần. Chờ %n giây, rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Your changes are kept; try again when you are online.</source>
        <comment>@info</comment>
        <translation>Không kết nối được máy chủ. Các thay đổi của bạn được giữ lại; hãy thử lại khi có mạng.</translation>
    </message>
    <message>
        <source>That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on this phone has changed.</source>
        <comment>@info</comment>
        <translation>Mã đó không dùng được. Có thể đã dùng rồi hoặc hết hạn: hãy xin cố vấn mã mới. Không có gì trên điện thoại này thay đổi.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing on this device has changed.</source>
        <comment>@info</comment>
        <translation>Mật khẩu không đúng. Không có gì trên thiết bị này thay đổi.</translation>
    </message>
    <message>
        <source>Signing in did not work. Your changes are kept; try again later.</source>
        <comment>@info</comment>
        <translation>Đăng nhập không thành công. Các thay đổi của bạn được giữ lại; hãy thử lại sau.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignInJob</name>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or open the link they send you.</source>
        <comment>@info</comment>
        <translation>Ứng dụng này chưa biết máy chủ của hội đồng bạn. Hãy nhờ cố vấn cho xem mã QR cho điện thoại của bạn và quét bằng camera, hoặc mở đường dẫn họ gửi.</translation>
    </message>
    <message>
        <source>Type the server address your council gave you, under Advanced.</source>
        <comment>@info</comment>
        <translation>Nhập địa chỉ máy chủ mà hội đồng đưa cho bạn, trong mục Nâng cao.</translation>
    </message>
    <message>
        <source>That link does not work. Ask your PA to show you the QR code again, or type the code.</source>
        <comment>@info</comment>
        <translation>Đường dẫn đó không dùng được. Hãy nhờ cố vấn cho xem lại mã QR, hoặc nhập mã.</translation>
    </message>
    <message>
        <source>Type the code from your PA. It looks like 7KQ4-M2XD.</source>
        <comment>@info</comment>
        <translation>Nhập mã từ cố vấn. Nó trông giống 7KQ4-M2XD.</translation>
    </message>
    <message>
        <source>Type your work e-mail and password.</source>
        <comment>@info</comment>
        <translation>Nhập email và mật khẩu công việc.</translation>
    </message>
    <message>
        <source>Cannot reach your council&apos;s server. Check that you are online (Wi-Fi or mobile data), then try again.</source>
        <comment>@info</comment>
        <translation>Không kết nối được máy chủ của hội đồng. Hãy kiểm tra bạn có mạng (Wi-Fi hoặc dữ liệu di động), rồi thử lại.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check that you are online and, under Advanced, the server address, then try again.</source>
        <comment>@info</comment>
        <translation>Không kết nối được máy chủ. Hãy kiểm tra bạn có mạng và, trong mục Nâng cao, địa chỉ máy chủ, rồi thử lại.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>Thử quá nhiều lần. Chờ %n phút, rồi thử lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s), then try again.</source>
        <comment>@info</comment>
        <extracomment>The server makes people wait longer after each wrong try</extracomment>
        <translation>
            <numerusform>Thử quá nhiều lần. Chờ %n giây, rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code did not work. Check each letter and number. A code works once and only for a few days: if it still does not work, ask your PA for a new one.</source>
        <comment>@info</comment>
        <translation>Mã đó không dùng được. Hãy kiểm tra từng chữ và số. Mỗi mã chỉ dùng một lần và chỉ trong vài ngày: nếu vẫn không được, hãy xin cố vấn mã mới.</translation>
    </message>
    <message>
        <source>That e-mail or password is not right. Check them and try again.</source>
        <comment>@info</comment>
        <translation>Email hoặc mật khẩu không đúng. Hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>The server did not let this device sign in. Ask your leaving-care service to check your account.</source>
        <comment>@info</comment>
        <translation>Máy chủ không cho thiết bị này đăng nhập. Hãy nhờ dịch vụ hỗ trợ người rời chăm sóc kiểm tra tài khoản của bạn.</translation>
    </message>
    <message>
        <source>This account cannot use the app. Use a PA&apos;s or a manager&apos;s account.</source>
        <comment>@info</comment>
        <translation>Tài khoản này không dùng được ứng dụng. Hãy dùng tài khoản của cố vấn hoặc quản lý.</translation>
    </message>
    <message>
        <source>Signing in did not work: the server had a problem. Try again in a few minutes.</source>
        <comment>@info</comment>
        <translation>Đăng nhập không thành công: máy chủ gặp sự cố. Hãy thử lại sau vài phút.</translation>
    </message>
</context>
<context>
    <name>Pathway::SignOffController</name>
    <message>
        <source>someone</source>
        <comment>@info person</comment>
        <translation>một người</translation>
    </message>
    <message>
        <source>Held %1, recorded by %2</source>
        <comment>@info</comment>
        <extracomment>%1 a date, %2 the PA&apos;s name</extracomment>
        <translation>Tổ chức ngày %1, do %2 ghi lại</translation>
    </message>
    <message>
        <source>Who took part was not recorded.</source>
        <comment>@info</comment>
        <translation>Chưa ghi lại ai đã tham gia.</translation>
    </message>
    <message>
        <source>Took part: %1</source>
        <comment>@info</comment>
        <extracomment>%1 the people who took part, as the PA wrote them</extracomment>
        <translation>Người tham gia: %1</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>Bạn trẻ đã tham gia</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>Bạn trẻ không tham gia</translation>
    </message>
    <message>
        <source>A later review was held on %1.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Một lần xem xét sau đã diễn ra ngày %1.</translation>
    </message>
    <message>
        <source>The next review was due by %1 and is overdue: the PA records it when it is held.</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Lần xem xét tiếp theo phải làm trước %1 và đã quá hạn: cố vấn sẽ ghi lại khi diễn ra.</translation>
    </message>
    <message>
        <source>Next review by %1</source>
        <comment>@info</comment>
        <extracomment>%1 a date</extracomment>
        <translation>Lần xem xét tiếp theo trước %1</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <comment>@info</comment>
        <translation>Chưa ký duyệt</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <comment>@info</comment>
        <extracomment>%1 the manager&apos;s name, %2 a date</extracomment>
        <translation>Được %1 ký duyệt ngày %2</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>Đã ký duyệt việc xem xét.</translation>
    </message>
</context>
<context>
    <name>Pathway::SyncStatus</name>
    <message>
        <source>On this device only</source>
        <comment>@info:status</comment>
        <extracomment>Demo mode: nothing is sent anywhere</extracomment>
        <translation>Chỉ trên thiết bị này</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>@info:status</comment>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a percentage, e.g. 40</extracomment>
        <translation>Đang đồng bộ %1%</translation>
    </message>
    <message>
        <source>Sync failed, will retry</source>
        <comment>@info:status</comment>
        <translation>Đồng bộ thất bại, sẽ thử lại</translation>
    </message>
    <message>
        <source>Signed out: sign in to send</source>
        <comment>@info:status</comment>
        <translation>Đã đăng xuất: đăng nhập để gửi</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>@info:status</comment>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <comment>@info:status</comment>
        <extracomment>%1 is a time or date, e.g. 14:05</extracomment>
        <translation>Đã đồng bộ %1</translation>
    </message>
    <message>
        <source>All saved</source>
        <comment>@info:status</comment>
        <translation>Đã lưu tất cả</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n thay đổi đang chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n xung đột cần bạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n thay đổi không được chấp nhận</numerusform>
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
        <translation>Chưa có cố vấn</translation>
    </message>
    <message>
        <source>Contact lost (6 months or more)</source>
        <comment>@label figure</comment>
        <translation>Mất liên lạc (6 tháng trở lên)</translation>
    </message>
    <message>
        <source>No contact for 12 weeks or more</source>
        <comment>@label figure</comment>
        <translation>Không liên lạc 12 tuần trở lên</translation>
    </message>
    <message>
        <source>Contact overdue (8 weeks)</source>
        <comment>@label figure</comment>
        <translation>Liên lạc quá hạn (8 tuần)</translation>
    </message>
    <message>
        <source>Contact due soon</source>
        <comment>@label figure</comment>
        <translation>Sắp đến hạn liên lạc</translation>
    </message>
    <message>
        <source>Plan reviews overdue</source>
        <comment>@label figure</comment>
        <translation>Xem xét kế hoạch quá hạn</translation>
    </message>
    <message>
        <source>Health history not handed over at 18</source>
        <comment>@label figure</comment>
        <translation>Chưa bàn giao hồ sơ sức khỏe lúc 18 tuổi</translation>
    </message>
    <message>
        <source>Missing ID documents</source>
        <comment>@label figure</comment>
        <translation>Thiếu giấy tờ tùy thân</translation>
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
        <translation>Không có cố vấn</translation>
    </message>
    <message>
        <source>%1, PA: %2</source>
        <comment>@info</comment>
        <translation>%1, Cố vấn: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <comment>@info caseload size</comment>
        <translation>
            <numerusform>%n bạn trẻ</numerusform>
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
        <translation>Tổ chức ngày %1</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@info</comment>
        <translation>Bạn trẻ đã tham gia</translation>
    </message>
    <message>
        <source>The young person did not take part</source>
        <comment>@info</comment>
        <translation>Bạn trẻ không tham gia</translation>
    </message>
    <message>
        <source>%1. %2. PA: %3</source>
        <comment>@info</comment>
        <translation>%1. %2. Cố vấn: %3</translation>
    </message>
    <message>
        <source>Choose a young person and a PA.</source>
        <comment>@info</comment>
        <translation>Chọn một bạn trẻ và một cố vấn.</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s PA.</source>
        <comment>@info</comment>
        <translation>%1 đã là cố vấn của %2.</translation>
    </message>
    <message>
        <source>%1 became %2&apos;s PA today. Another PA can be allocated from tomorrow.</source>
        <comment>@info</comment>
        <extracomment>%1 the current PA, %2 young person</extracomment>
        <translation>%1 đã trở thành cố vấn của %2 hôm nay. Có thể phân công cố vấn khác từ ngày mai.</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>@info</comment>
        <translation>Một người</translation>
    </message>
    <message>
        <source>The allocation could not be saved.</source>
        <comment>@info</comment>
        <translation>Không lưu được việc phân công.</translation>
    </message>
    <message>
        <source>%1 is now %2&apos;s PA.</source>
        <comment>@info</comment>
        <extracomment>%1 PA, %2 young person</extracomment>
        <translation>%1 giờ là cố vấn của %2.</translation>
    </message>
    <message>
        <source>Review signed off.</source>
        <comment>@info</comment>
        <translation>Đã ký duyệt việc xem xét.</translation>
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <comment>@info</comment>
        <translation>Không lưu được việc ký duyệt.</translation>
    </message>
</context>
<context>
    <name>Pathway::YoungPersonController</name>
    <message>
        <source>Age %1, %2</source>
        <comment>@info</comment>
        <extracomment>%1 age in years, %2 care-leaver category</extracomment>
        <translation>%1 tuổi, %2</translation>
    </message>
    <message>
        <source>No PA yet</source>
        <comment>@info</comment>
        <translation>Chưa có cố vấn</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>@info last contact</comment>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <comment>@info</comment>
        <translation>Hiện không có việc gì</translation>
    </message>
    <message>
        <source>Late: was due %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>Trễ: hạn là %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <comment>@info</comment>
        <translation>Trước %1</translation>
    </message>
    <message>
        <source>No review yet</source>
        <comment>@info</comment>
        <translation>Chưa xem xét</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>Lần xem xét tới %1</translation>
    </message>
    <message>
        <source>Your role cannot change this. Ask your manager.</source>
        <comment>@info</comment>
        <translation>Vai trò của bạn không thể thay đổi điều này. Hãy hỏi quản lý.</translation>
    </message>
    <message>
        <source>Only your PA can change this. Ask them on the Talk page.</source>
        <comment>@info</comment>
        <translation>Chỉ cố vấn mới thay đổi được điều này. Hãy hỏi họ trên trang Nói chuyện.</translation>
    </message>
    <message>
        <source>Some of that is missing or too long. Check and try again.</source>
        <comment>@info</comment>
        <translation>Có phần bị thiếu hoặc quá dài. Hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>That could not be saved on this device.</source>
        <comment>@info</comment>
        <translation>Không lưu được trên thiết bị này.</translation>
    </message>
    <message>
        <source>Well done! Step marked as done.</source>
        <comment>@info</comment>
        <translation>Giỏi lắm! Bước này đã xong.</translation>
    </message>
    <message>
        <source>Your words are saved.</source>
        <comment>@info</comment>
        <translation>Đã lưu lời của bạn.</translation>
    </message>
    <message>
        <source>Plan updated.</source>
        <comment>@info</comment>
        <translation>Đã cập nhật kế hoạch.</translation>
    </message>
    <message>
        <source>Your idea for a step is saved. Your PA will see it and agree it with you.</source>
        <comment>@info</comment>
        <translation>Đã lưu ý tưởng của bạn cho một bước. Cố vấn sẽ xem và cùng bạn thống nhất.</translation>
    </message>
    <message>
        <source>Step added.</source>
        <comment>@info</comment>
        <translation>Đã thêm bước.</translation>
    </message>
    <message>
        <source>Step accepted. It is now part of the plan.</source>
        <comment>@info</comment>
        <translation>Đã nhận bước này. Giờ nó là một phần của kế hoạch.</translation>
    </message>
    <message>
        <source>Step declined. Tell them why when you next talk.</source>
        <comment>@info</comment>
        <translation>Đã từ chối bước này. Hãy nói lý do với họ lần tới khi nói chuyện.</translation>
    </message>
    <message>
        <source>You asked for a review. Your PA will arrange it.</source>
        <comment>@info</comment>
        <translation>Bạn đã yêu cầu xem xét. Cố vấn sẽ sắp xếp.</translation>
    </message>
    <message>
        <source>That date is not a real date. Choose it from the calendar.</source>
        <comment>@info</comment>
        <translation>Ngày đó không phải ngày có thật. Hãy chọn trên lịch.</translation>
    </message>
    <message>
        <source>Added to your health history.</source>
        <comment>@info</comment>
        <translation>Đã thêm vào hồ sơ sức khỏe của bạn.</translation>
    </message>
    <message>
        <source>Your PA will help you with this.</source>
        <comment>@info</comment>
        <translation>Cố vấn sẽ giúp bạn việc này.</translation>
    </message>
    <message>
        <source>You asked for it. Your PA will tell you what happens next.</source>
        <comment>@info</comment>
        <translation>Bạn đã xin. Cố vấn sẽ cho bạn biết bước tiếp theo.</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will contact you as soon as possible.</source>
        <comment>@info</comment>
        <translation>Đã lưu. Cố vấn sẽ nhận được ngay khi bạn có mạng, và sẽ liên lạc với bạn sớm nhất có thể.</translation>
    </message>
    <message>
        <source>Saved. Your PA gets it as soon as you are online, and will get in touch soon.</source>
        <comment>@info</comment>
        <translation>Đã lưu. Cố vấn sẽ nhận được ngay khi bạn có mạng, và sẽ sớm liên lạc với bạn.</translation>
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
        <translation>Kết quả hoạt động</translation>
    </message>
    <message>
        <source>Show the figures of</source>
        <comment>@label:listbox</comment>
        <translation>Xem các con số của</translation>
    </message>
    <message>
        <source>Show the figures of: %1</source>
        <comment>@label:listbox</comment>
        <extracomment>%1 the team or the PA whose figures are shown</extracomment>
        <translation>Xem các con số của: %1</translation>
    </message>
    <message>
        <source>Each figure month by month over the last 12 months. Choose a month, or a point on a chart, to see the young people behind it.</source>
        <comment>@info</comment>
        <translation>Mỗi con số theo từng tháng trong 12 tháng qua. Hãy chọn một tháng, hoặc một điểm trên biểu đồ, để xem các bạn trẻ đằng sau con số đó.</translation>
    </message>
    <message>
        <source>Nobody is in this group in this month.</source>
        <comment>@info</comment>
        <translation>Tháng này không có ai trong nhóm này.</translation>
    </message>
    <message>
        <source>Close the list</source>
        <comment>@action:button</comment>
        <translation>Đóng danh sách</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <comment>@title:page</comment>
        <translation>Kế hoạch của mình</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Ask for a review</source>
        <comment>@action:button</comment>
        <translation>Yêu cầu xem xét</translation>
    </message>
    <message>
        <source>Ask for a review of my plan</source>
        <comment>@action:button</comment>
        <translation type="vanished">Yêu cầu xem xét kế hoạch của mình</translation>
    </message>
    <message>
        <source>Record a review</source>
        <comment>@action:button</comment>
        <translation>Ghi lại việc xem xét</translation>
    </message>
    <message>
        <source>Record a review held with %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">Ghi lại việc xem xét với %1</translation>
    </message>
    <message>
        <source>In my words: %1</source>
        <comment>@info</comment>
        <translation>Theo lời mình: %1</translation>
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
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Accept the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">Đồng ý bước được đề xuất: %1</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>@action:button a proposed plan step</comment>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Decline the proposed step: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the step the young person proposed</extracomment>
        <translation type="vanished">Từ chối bước được đề xuất: %1</translation>
    </message>
    <message>
        <source>Add my words</source>
        <comment>@action:button</comment>
        <translation>Thêm lời của mình</translation>
    </message>
    <message>
        <source>Add my words to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Thêm lời của mình vào %1</translation>
    </message>
    <message>
        <source>Update with them</source>
        <comment>@action:button</comment>
        <translation>Cập nhật cùng họ</translation>
    </message>
    <message>
        <source>Update %1 with the young person</source>
        <comment>@action:button</comment>
        <translation type="vanished">Cập nhật %1 cùng bạn trẻ</translation>
    </message>
    <message>
        <source>Add a step</source>
        <comment>@action:button</comment>
        <translation>Thêm bước</translation>
    </message>
    <message>
        <source>Add a step to %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Thêm bước vào %1</translation>
    </message>
    <message>
        <source>What do you think? What do you want?</source>
        <comment>@info:placeholder</comment>
        <translation>Bạn nghĩ gì? Bạn muốn gì?</translation>
    </message>
    <message>
        <source>My words</source>
        <comment>@label:textbox</comment>
        <translation>Lời của mình</translation>
    </message>
    <message>
        <source>Goal, in plain words</source>
        <comment>@label:textbox</comment>
        <translation>Mục tiêu, bằng lời dễ hiểu</translation>
    </message>
    <message>
        <source>Their own words</source>
        <comment>@label:textbox</comment>
        <translation>Lời của chính họ</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>Bạn trẻ đã tham gia</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@info:placeholder</comment>
        <translation>Việc sẽ làm</translation>
    </message>
    <message>
        <source>What will be done</source>
        <comment>@label:textbox</comment>
        <translation>Việc sẽ làm</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@info:placeholder</comment>
        <translation>Ai sẽ làm</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <comment>@label:textbox</comment>
        <translation>Ai sẽ làm</translation>
    </message>
    <message>
        <source>Within a week</source>
        <comment>@item:inlistbox</comment>
        <translation>Trong một tuần</translation>
    </message>
    <message>
        <source>Within a month</source>
        <comment>@item:inlistbox</comment>
        <translation>Trong một tháng</translation>
    </message>
    <message>
        <source>Within three months</source>
        <comment>@item:inlistbox</comment>
        <translation>Trong ba tháng</translation>
    </message>
    <message>
        <source>No date</source>
        <comment>@item:inlistbox</comment>
        <translation>Không có ngày</translation>
    </message>
    <message>
        <source>By when</source>
        <comment>@label:listbox</comment>
        <translation>Đến khi nào</translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <comment>@action:button</comment>
        <extracomment>Read aloud one area of the plan; %1 the area</extracomment>
        <translation type="vanished">Đọc to: %1</translation>
    </message>
    <message>
        <source>Update with them: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 a plan area&apos;s heading; holds the button&apos;s words &quot;Update with them&quot;</extracomment>
        <translation type="vanished">Cập nhật cùng họ: %1</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <comment>@action:button</comment>
        <translation>Đọc to</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>%1. PA: %2. Last contact: %3</source>
        <comment>@info</comment>
        <extracomment>%1 age and category, %2 PA name, %3 when last contacted</extracomment>
        <translation>%1. Cố vấn: %2. Liên lạc gần nhất: %3</translation>
    </message>
    <message>
        <source>Log visit now</source>
        <comment>@action:button</comment>
        <translation>Ghi lại chuyến thăm ngay</translation>
    </message>
    <message>
        <source>Log a visit with %1 now</source>
        <comment>@action:button</comment>
        <translation type="vanished">Ghi lại chuyến thăm với %1 ngay</translation>
    </message>
    <message>
        <source>Log an earlier contact</source>
        <comment>@action:button</comment>
        <translation>Ghi lại liên lạc trước đó</translation>
    </message>
    <message>
        <source>Log an earlier contact with %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Ghi lại liên lạc trước đó với %1</translation>
    </message>
    <message>
        <source>Set up their phone</source>
        <comment>@action:button</comment>
        <translation>Cài đặt điện thoại của họ</translation>
    </message>
    <message>
        <source>Set up their phone: a code for %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 is the young person&apos;s name</extracomment>
        <translation type="vanished">Cài đặt điện thoại của họ: một mã cho %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>@title:tab</comment>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>@title:tab</comment>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>@title:tab</comment>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>@title:tab</comment>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>@title:tab</comment>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Chronology</source>
        <comment>@title:tab</comment>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Amend a contact</source>
        <comment>@title:window</comment>
        <translation>Sửa một liên lạc</translation>
    </message>
    <message>
        <source>The original stays on the record; this adds an amendment.</source>
        <comment>@info</comment>
        <translation>Bản gốc vẫn nằm trong hồ sơ; việc này thêm một bản sửa.</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@info:placeholder</comment>
        <translation>Ghi chú đã sửa</translation>
    </message>
    <message>
        <source>Corrected notes</source>
        <comment>@label:textbox</comment>
        <translation>Ghi chú đã sửa</translation>
    </message>
    <message>
        <source>We talked (successful contact)</source>
        <comment>@option:check</comment>
        <translation>Đã nói chuyện (liên lạc thành công)</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@info:placeholder</comment>
        <translation>Vì sao sửa</translation>
    </message>
    <message>
        <source>Why it is amended</source>
        <comment>@label:textbox</comment>
        <translation>Vì sao sửa</translation>
    </message>
    <message>
        <source>Situation</source>
        <comment>@title:tab</comment>
        <extracomment>The tab with activity, accommodation, in touch, gender, ethnicity and disability</extracomment>
        <translation>Tình hình</translation>
    </message>
</context>
<context>
    <name>RejectedPage</name>
    <message>
        <source>Not accepted</source>
        <comment>@title:page</comment>
        <translation>Không được chấp nhận</translation>
    </message>
    <message>
        <source>Undo my change</source>
        <comment>@action:button a refused change</comment>
        <translation>Hoàn tác thay đổi của mình</translation>
    </message>
    <message>
        <source>Undo my change: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Hoàn tác thay đổi của mình: %1</translation>
    </message>
    <message>
        <source>Every change was accepted.</source>
        <comment>@info</comment>
        <translation>Mọi thay đổi đều được chấp nhận.</translation>
    </message>
    <message>
        <source>If the service cannot accept a change you make, it appears here with the reason and what to do.</source>
        <comment>@info</comment>
        <translation>Nếu dịch vụ không chấp nhận được một thay đổi bạn làm, nó sẽ hiện ở đây với lý do và việc cần làm.</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Log the contact</source>
        <comment>@action:button</comment>
        <translation>Ghi lại liên lạc</translation>
    </message>
    <message>
        <source>Log the contact: %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 &quot;Asked to talk today&quot; and when</extracomment>
        <translation type="vanished">Ghi lại liên lạc: %1</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@action:button</comment>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Trả lời: %1</translation>
    </message>
    <message>
        <source>Log the contact that answers it</source>
        <comment>@title:window</comment>
        <translation>Ghi lại liên lạc trả lời yêu cầu</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>@action:button</comment>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button</comment>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@info:placeholder</comment>
        <translation>Đã nói về chuyện gì (chỉ nhân viên)</translation>
    </message>
    <message>
        <source>What you talked about (staff only)</source>
        <comment>@label:textbox</comment>
        <translation>Đã nói về chuyện gì (chỉ nhân viên)</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>@title:window</comment>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>@action:button</comment>
        <translation>Gửi trả lời</translation>
    </message>
    <message>
        <source>The young person reads your reply in the app. It answers the request.</source>
        <comment>@info</comment>
        <translation>Bạn trẻ đọc câu trả lời của bạn trong ứng dụng. Nó trả lời yêu cầu.</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@info:placeholder</comment>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Your reply</source>
        <comment>@label:textbox</comment>
        <translation>Câu trả lời của bạn</translation>
    </message>
</context>
<context>
    <name>ReviewEditPage</name>
    <message>
        <source>Record a review</source>
        <comment>@title:page</comment>
        <translation>Ghi lại việc xem xét</translation>
    </message>
    <message>
        <source>Plan review with %1</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Xem xét kế hoạch với %1</translation>
    </message>
    <message>
        <source>Held on</source>
        <comment>@label</comment>
        <translation>Tổ chức ngày</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>@label</comment>
        <translation>Vì sao</translation>
    </message>
    <message>
        <source>Who took part</source>
        <comment>@label:textbox</comment>
        <translation>Ai đã tham gia</translation>
    </message>
    <message>
        <source>Names and roles</source>
        <comment>@info:placeholder</comment>
        <translation>Tên và vai trò</translation>
    </message>
    <message>
        <source>The young person took part</source>
        <comment>@option:check</comment>
        <translation>Bạn trẻ đã tham gia</translation>
    </message>
    <message>
        <source>Their views, in their words</source>
        <comment>@label:textbox</comment>
        <translation>Ý kiến của họ, bằng lời của họ</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <comment>@label:textbox</comment>
        <translation>Những gì đã thống nhất</translation>
    </message>
    <message>
        <source>Next review by</source>
        <comment>@label</comment>
        <translation>Lần xem xét tiếp theo trước</translation>
    </message>
    <message>
        <source>Save the review</source>
        <comment>@action:button</comment>
        <translation>Lưu việc xem xét</translation>
    </message>
</context>
<context>
    <name>ReviewSignOffPage</name>
    <message>
        <source>Sign off a review</source>
        <comment>@title:page</comment>
        <translation>Ký duyệt việc xem xét</translation>
    </message>
    <message>
        <source>Review of %1&apos;s plan</source>
        <comment>@title</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Xem xét kế hoạch của %1</translation>
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
        <translation>Ý kiến của họ: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <comment>@title</comment>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Read the review and the plan above before you sign it off.</source>
        <comment>@info</comment>
        <translation>Hãy đọc việc xem xét và kế hoạch ở trên trước khi ký duyệt.</translation>
    </message>
    <message>
        <source>Sign off this review</source>
        <comment>@action:button</comment>
        <translation>Ký duyệt việc xem xét này</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <comment>@action:button</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation type="vanished">Ký duyệt việc xem xét của %1</translation>
    </message>
    <message>
        <source>Sign off this review?</source>
        <comment>@title:window</comment>
        <translation>Ký duyệt việc xem xét này?</translation>
    </message>
    <message>
        <source>You confirm that you have read %1&apos;s review and plan, and that the plan meets their needs.</source>
        <comment>@info</comment>
        <extracomment>%1 the young person&apos;s name</extracomment>
        <translation>Bạn xác nhận đã đọc việc xem xét và kế hoạch của %1, và kế hoạch đáp ứng nhu cầu của họ.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Plan reviews to sign off</source>
        <comment>@title:page</comment>
        <translation>Xem xét kế hoạch cần ký duyệt</translation>
    </message>
    <message>
        <source>Read and sign off</source>
        <comment>@action:button</comment>
        <translation>Đọc và ký duyệt</translation>
    </message>
    <message>
        <source>Read and sign off the review of %1</source>
        <comment>@action:button</comment>
        <translation type="vanished">Đọc và ký duyệt việc xem xét của %1</translation>
    </message>
    <message>
        <source>No reviews are waiting for sign-off.</source>
        <comment>@info</comment>
        <translation>Không có việc xem xét nào chờ ký duyệt.</translation>
    </message>
    <message>
        <source>Reviews appear here when a PA records one.</source>
        <comment>@info</comment>
        <translation>Việc xem xét hiện ở đây khi cố vấn ghi lại.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <comment>@title:page</comment>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@title</comment>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Text size</source>
        <comment>@label:slider</comment>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Text is %1% of normal size.</source>
        <comment>@info</comment>
        <extracomment>%1 is a percentage, e.g. 150</extracomment>
        <translation>Chữ bằng %1% cỡ bình thường.</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <comment>@option:check</comment>
        <translation>Giao diện tối</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>@title</comment>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use:</source>
        <comment>@label:spinbox</comment>
        <translation>Khóa sau số phút không dùng này:</translation>
    </message>
    <message>
        <source>Minutes before locking</source>
        <comment>@label:spinbox</comment>
        <translation>Số phút trước khi khóa</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>Khóa ngay</translation>
    </message>
</context>
<context>
    <name>SetupAdvanced</name>
    <message>
        <source>Hide advanced settings</source>
        <comment>@action:button</comment>
        <translation>Ẩn cài đặt nâng cao</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>@action:button</comment>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>This app connects to %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a web address, e.g. https://pathway.northbrook.gov.uk</extracomment>
        <translation>Ứng dụng này kết nối với %1.</translation>
    </message>
    <message>
        <source>Another server address (only if your council gave you one)</source>
        <comment>@label:textbox</comment>
        <translation>Địa chỉ máy chủ khác (chỉ khi hội đồng đưa cho bạn)</translation>
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
        <translation>Chào mừng đến với Pathway</translation>
    </message>
    <message>
        <source>Your plan, your documents and your PA, on your phone. It works without internet.</source>
        <comment>@info</comment>
        <translation>Kế hoạch, giấy tờ và cố vấn của bạn, ngay trên điện thoại. Dùng được cả khi không có mạng.</translation>
    </message>
    <message>
        <source>I have a code from my PA</source>
        <comment>@action:button</comment>
        <translation>Mình có mã từ cố vấn</translation>
    </message>
    <message>
        <source>I work for the council: sign in</source>
        <comment>@action:button</comment>
        <translation>Tôi làm cho hội đồng: đăng nhập</translation>
    </message>
    <message>
        <source>Try the demo (no server needed)</source>
        <comment>@action:button</comment>
        <translation>Dùng thử (không cần máy chủ)</translation>
    </message>
    <message>
        <source>Enter your code</source>
        <comment>@title</comment>
        <translation>Nhập mã của bạn</translation>
    </message>
    <message>
        <source>Your PA gives you a code like 7KQ4-M2XD. If they show you a QR code instead, scan it with your phone&apos;s camera.</source>
        <comment>@info</comment>
        <translation>Cố vấn sẽ đưa bạn một mã như 7KQ4-M2XD. Nếu họ cho xem mã QR, hãy quét bằng camera điện thoại.</translation>
    </message>
    <message>
        <source>The code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>Mã từ cố vấn</translation>
    </message>
    <message>
        <source>This app does not know your council&apos;s server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or to send you the link.</source>
        <comment>@info</comment>
        <translation>Ứng dụng này chưa biết máy chủ của hội đồng bạn. Hãy nhờ cố vấn cho xem mã QR cho điện thoại của bạn và quét bằng camera, hoặc gửi cho bạn đường dẫn.</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>@action:button</comment>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@title</comment>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>Email công việc</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Try the demo as…</source>
        <comment>@title</comment>
        <translation>Dùng thử với vai trò…</translation>
    </message>
    <message>
        <source>The demo uses made-up people. It is saved, encrypted, on this device only.</source>
        <comment>@info</comment>
        <translation>Bản dùng thử dùng những người không có thật. Nó được lưu, có mã hóa, chỉ trên thiết bị này.</translation>
    </message>
    <message>
        <source>A young person</source>
        <comment>@action:button</comment>
        <translation>Một bạn trẻ</translation>
    </message>
    <message>
        <source>A personal adviser (PA)</source>
        <comment>@action:button</comment>
        <translation>Một cố vấn cá nhân (PA)</translation>
    </message>
    <message>
        <source>A manager</source>
        <comment>@action:button</comment>
        <translation>Một quản lý</translation>
    </message>
    <message>
        <source>Choose a passphrase or PIN</source>
        <comment>@title</comment>
        <translation>Chọn cụm mật khẩu hoặc mã PIN</translation>
    </message>
    <message>
        <source>You will need it each time you open Pathway. It keeps your information safe if you lose your phone.</source>
        <comment>@info</comment>
        <translation>Bạn sẽ cần nó mỗi lần mở Pathway. Nó giữ thông tin của bạn an toàn nếu bạn mất điện thoại.</translation>
    </message>
    <message>
        <source>Use a PIN (numbers only)</source>
        <comment>@option:check</comment>
        <translation>Dùng mã PIN (chỉ số)</translation>
    </message>
    <message>
        <source>PIN</source>
        <comment>@info:placeholder</comment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <comment>@info:placeholder</comment>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>New passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>Cụm mật khẩu hoặc mã PIN mới</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@info:placeholder</comment>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>Type it again</source>
        <comment>@label:textbox</comment>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <comment>@action:button</comment>
        <translation>Lưu và tiếp tục</translation>
    </message>
    <message>
        <source>Getting your information</source>
        <comment>@title</comment>
        <translation>Đang tải thông tin của bạn</translation>
    </message>
    <message>
        <source>First sync progress</source>
        <comment>@info</comment>
        <translation>Tiến độ đồng bộ lần đầu</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>@action:button</comment>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Try the first sync again</source>
        <comment>@action:button</comment>
        <translation type="vanished">Thử lại lần đồng bộ đầu tiên</translation>
    </message>
    <message>
        <source>Continue without it</source>
        <comment>@action:button</comment>
        <translation>Tiếp tục mà không đồng bộ</translation>
    </message>
    <message>
        <source>Continue without the first sync</source>
        <comment>@action:button</comment>
        <translation type="vanished">Tiếp tục mà không đồng bộ lần đầu</translation>
    </message>
    <message>
        <source>Tries the first sync again</source>
        <comment>@info:accessible</comment>
        <translation>Thử lại lần đồng bộ đầu tiên</translation>
    </message>
    <message>
        <source>Continues without the first sync</source>
        <comment>@info:accessible</comment>
        <translation>Tiếp tục mà không có lần đồng bộ đầu tiên</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>%1 Back</source>
        <comment>@action:button</comment>
        <extracomment>Arrow pointing back (mirrored in right-to-left languages), then the word</extracomment>
        <translation>%1 Quay lại</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <source>Signed in as %1</source>
        <comment>@info</comment>
        <translation>Đăng nhập với tên %1</translation>
    </message>
    <message>
        <source>Lock now</source>
        <comment>@action:button</comment>
        <translation>Khóa ngay</translation>
    </message>
</context>
<context>
    <name>SignInAgainBanner</name>
    <message numerus="yes">
        <source>Your sign-in has expired. Your changes are kept on this device: %n waiting to go up.</source>
        <comment>@info</comment>
        <extracomment>Banner on every page when the login has expired; %n is the number of changes not yet sent</extracomment>
        <translation>
            <numerusform>Phiên đăng nhập đã hết hạn. Các thay đổi của bạn được giữ trên thiết bị này: %n đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sign-in has expired. Your changes are kept on this device.</source>
        <comment>@info</comment>
        <translation>Phiên đăng nhập đã hết hạn. Các thay đổi của bạn được giữ trên thiết bị này.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <comment>@action:button</comment>
        <translation>Đăng nhập lại</translation>
    </message>
</context>
<context>
    <name>SignInAgainSheet</name>
    <message>
        <source>Sign in again</source>
        <comment>@title</comment>
        <translation>Đăng nhập lại</translation>
    </message>
    <message>
        <source>Ask your PA for a new code and type it here. Everything you did while signed out is kept on this phone and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>Hãy xin cố vấn mã mới và nhập vào đây. Mọi việc bạn làm khi đã đăng xuất được giữ trên điện thoại này và được gửi lên khi bạn đăng nhập.</translation>
    </message>
    <message>
        <source>Type the password for this account. Everything you did while signed out is kept on this device and goes up once you are signed in.</source>
        <comment>@info</comment>
        <translation>Nhập mật khẩu của tài khoản này. Mọi việc bạn làm khi đã đăng xuất được giữ trên thiết bị này và được gửi lên khi bạn đăng nhập.</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <comment>@label:textbox</comment>
        <translation>Email công việc</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>@label:textbox</comment>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>The new code from your PA</source>
        <comment>@label:textbox</comment>
        <translation>Mã mới từ cố vấn</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>@action:button</comment>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>@action:button</comment>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Not now, keep working on this device</source>
        <comment>@action:button</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation type="vanished">Để sau, tiếp tục làm việc trên thiết bị này</translation>
    </message>
    <message>
        <source>Closes this and keeps working on this device</source>
        <comment>@info:accessible</comment>
        <extracomment>Closes the sign-in sheet; the app keeps working on this device</extracomment>
        <translation>Đóng lại và tiếp tục làm việc trên thiết bị này</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Back</source>
        <comment>@action:button</comment>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <comment>@action:button</comment>
        <translation>Đồng bộ ngay</translation>
    </message>
</context>
<context>
    <name>TalkPage</name>
    <message>
        <source>Talk to my PA</source>
        <comment>@title:page</comment>
        <translation>Nói chuyện với cố vấn</translation>
    </message>
    <message>
        <source>My PA: %1</source>
        <comment>@title</comment>
        <extracomment>%1 is the PA&apos;s name</extracomment>
        <translation>Cố vấn của mình: %1</translation>
    </message>
    <message>
        <source>What do you want to talk about? (optional)</source>
        <comment>@info:placeholder</comment>
        <translation>Bạn muốn nói về chuyện gì? (không bắt buộc)</translation>
    </message>
    <message>
        <source>Message to my PA</source>
        <comment>@label:textbox</comment>
        <translation>Tin nhắn cho cố vấn</translation>
    </message>
    <message>
        <source>I need to talk today</source>
        <comment>@action:button</comment>
        <translation>Mình cần nói chuyện hôm nay</translation>
    </message>
    <message>
        <source>I need to talk today: ask my PA to contact me urgently</source>
        <comment>@action:button</comment>
        <translation type="vanished">Mình cần nói chuyện hôm nay: nhờ cố vấn liên lạc gấp với mình</translation>
    </message>
    <message>
        <source>Talk when you can</source>
        <comment>@action:button</comment>
        <translation>Nói chuyện khi nào bạn rảnh</translation>
    </message>
    <message>
        <source>Talk when you can: ask my PA to contact me when convenient</source>
        <comment>@action:button</comment>
        <translation type="vanished">Nói chuyện khi nào bạn rảnh: nhờ cố vấn liên lạc với mình khi thuận tiện</translation>
    </message>
    <message>
        <source>My requests</source>
        <comment>@title</comment>
        <translation>Yêu cầu của mình</translation>
    </message>
    <message>
        <source>Our contact</source>
        <comment>@title</comment>
        <translation>Liên lạc của chúng mình</translation>
    </message>
    <message>
        <source>Asks my PA to contact me urgently</source>
        <comment>@info:accessible</comment>
        <translation>Nhờ cố vấn liên lạc với mình gấp</translation>
    </message>
    <message>
        <source>Asks my PA to contact me when convenient</source>
        <comment>@info:accessible</comment>
        <translation>Nhờ cố vấn liên lạc với mình khi tiện</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team overview</source>
        <comment>@title:page</comment>
        <translation>Tổng quan nhóm</translation>
    </message>
    <message>
        <source>Who needs attention</source>
        <comment>@title</comment>
        <translation>Ai cần chú ý</translation>
    </message>
    <message>
        <source>PA: %1</source>
        <comment>@info</comment>
        <translation>Cố vấn: %1</translation>
    </message>
    <message>
        <source>Choose a figure to see who it is about.</source>
        <comment>@info</comment>
        <translation>Chọn một con số để xem đó là những ai.</translation>
    </message>
    <message>
        <source>Nobody is in this group right now.</source>
        <comment>@info</comment>
        <translation>Hiện không có ai trong nhóm này.</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3)</source>
        <comment>@title</comment>
        <translation>Báo cáo SSDA903 về người rời chăm sóc (OC3)</translation>
    </message>
    <message>
        <source>SSDA903 care leavers return (OC3), %1</source>
        <comment>@info</comment>
        <translation>Báo cáo SSDA903 về người rời chăm sóc (OC3), %1</translation>
    </message>
    <message>
        <source>Save the OC3 file</source>
        <comment>@action:button</comment>
        <translation>Lưu tệp OC3</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9)</source>
        <comment>@title</comment>
        <translation>Ofsted, Phụ lục A: người rời chăm sóc (danh sách 9)</translation>
    </message>
    <message>
        <source>Every care leaver on the day, with the columns inspectors ask for</source>
        <comment>@info</comment>
        <translation>Mọi người rời chăm sóc vào ngày đó, với các cột mà thanh tra yêu cầu</translation>
    </message>
    <message>
        <source>Ofsted Annex A: care leavers (list 9), as of %1</source>
        <comment>@info</comment>
        <extracomment>%1 the day the list is for</extracomment>
        <translation>Ofsted, Phụ lục A: người rời chăm sóc (danh sách 9), tính đến %1</translation>
    </message>
    <message>
        <source>As of</source>
        <comment>@label</comment>
        <extracomment>The day Ofsted&apos;s Annex A list is taken on</extracomment>
        <translation>Tính đến</translation>
    </message>
    <message>
        <source>Save Annex A (Excel)</source>
        <comment>@action:button</comment>
        <extracomment>Saves the list as an Excel workbook (.xlsx)</extracomment>
        <translation>Lưu Phụ lục A (Excel)</translation>
    </message>
    <message>
        <source>Save Annex A (CSV)</source>
        <comment>@action:button</comment>
        <translation>Lưu Phụ lục A (CSV)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Pathway is locked</source>
        <comment>@title</comment>
        <translation>Pathway đang khóa</translation>
    </message>
    <message>
        <source>Enter your passphrase or PIN to open it.</source>
        <comment>@info</comment>
        <translation>Nhập cụm mật khẩu hoặc mã PIN để mở.</translation>
    </message>
    <message>
        <source>Passphrase or PIN</source>
        <comment>@label:textbox</comment>
        <translation>Cụm mật khẩu hoặc mã PIN</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <comment>@info</comment>
        <extracomment>Shown after several wrong tries</extracomment>
        <translation>
            <numerusform>Bạn có thể thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>@action:button</comment>
        <translation>Mở khóa</translation>
    </message>
</context>
</TS>
