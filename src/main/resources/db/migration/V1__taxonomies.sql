-- Reference data: document types, business sectors (VSIC 2018 level 1), provinces (2025), citizen groups.
-- Names in Vietnamese and English; codes are stable identifiers that other tables reference.

CREATE TABLE document_type (
    code        VARCHAR(40) PRIMARY KEY,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    position    INT NOT NULL
);

CREATE TABLE sector (
    code        VARCHAR(2) PRIMARY KEY,
    name_vi     VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NOT NULL
);

CREATE TABLE province (
    code        VARCHAR(40) PRIMARY KEY,
    name_vi     VARCHAR(100) NOT NULL,
    full_name_vi VARCHAR(150) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    position    INT NOT NULL
);

CREATE TABLE citizen_group (
    code        VARCHAR(40) PRIMARY KEY,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    position    INT NOT NULL
);

INSERT INTO document_type (code, name_vi, name_en, position) VALUES
    ('LAW', 'Luật', 'Law', 1),
    ('CODE', 'Bộ luật', 'Code', 2),
    ('RESOLUTION', 'Nghị quyết', 'Resolution', 3),
    ('ORDINANCE', 'Pháp lệnh', 'Ordinance', 4),
    ('DECREE', 'Nghị định', 'Decree', 5),
    ('DECISION', 'Quyết định', 'Decision', 6),
    ('CIRCULAR', 'Thông tư', 'Circular', 7),
    ('JOINT_CIRCULAR', 'Thông tư liên tịch', 'Joint circular', 8),
    ('JOINT_RESOLUTION', 'Nghị quyết liên tịch', 'Joint resolution', 9),
    ('ORDER', 'Lệnh', 'Order', 10);

INSERT INTO sector (code, name_vi, name_en) VALUES
    ('A', 'Nông nghiệp, lâm nghiệp và thủy sản', 'Agriculture, forestry and fishing'),
    ('B', 'Khai khoáng', 'Mining and quarrying'),
    ('C', 'Công nghiệp chế biến, chế tạo', 'Manufacturing'),
    ('D', 'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí', 'Electricity, gas, steam and air conditioning supply'),
    ('E', 'Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải', 'Water supply; sewerage, waste management and remediation activities'),
    ('F', 'Xây dựng', 'Construction'),
    ('G', 'Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác', 'Wholesale and retail trade; repair of motor vehicles and motorcycles'),
    ('H', 'Vận tải kho bãi', 'Transportation and storage'),
    ('I', 'Dịch vụ lưu trú và ăn uống', 'Accommodation and food service activities'),
    ('J', 'Thông tin và truyền thông', 'Information and communication'),
    ('K', 'Hoạt động tài chính, ngân hàng và bảo hiểm', 'Financial and insurance activities'),
    ('L', 'Hoạt động kinh doanh bất động sản', 'Real estate activities'),
    ('M', 'Hoạt động chuyên môn, khoa học và công nghệ', 'Professional, scientific and technical activities'),
    ('N', 'Hoạt động hành chính và dịch vụ hỗ trợ', 'Administrative and support service activities'),
    ('O', 'Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc', 'Activities of the Communist Party, socio-political organizations, public administration and defence; compulsory social security'),
    ('P', 'Giáo dục và đào tạo', 'Education'),
    ('Q', 'Y tế và hoạt động trợ giúp xã hội', 'Human health and social work activities'),
    ('R', 'Nghệ thuật, vui chơi và giải trí', 'Arts, entertainment and recreation'),
    ('S', 'Hoạt động dịch vụ khác', 'Other service activities'),
    ('T', 'Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật chất và dịch vụ tự tiêu dùng của hộ gia đình', 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use'),
    ('U', 'Hoạt động của các tổ chức và cơ quan quốc tế', 'Activities of extraterritorial organizations and bodies');

INSERT INTO province (code, name_vi, full_name_vi, name_en, position) VALUES
    ('ha-noi', 'Hà Nội', 'Thành phố Hà Nội', 'Ha Noi City', 1),
    ('hue', 'Huế', 'Thành phố Huế', 'Hue City', 2),
    ('hai-phong', 'Hải Phòng', 'Thành phố Hải Phòng', 'Hai Phong City', 3),
    ('da-nang', 'Đà Nẵng', 'Thành phố Đà Nẵng', 'Da Nang City', 4),
    ('ho-chi-minh', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 5),
    ('can-tho', 'Cần Thơ', 'Thành phố Cần Thơ', 'Can Tho City', 6),
    ('lai-chau', 'Lai Châu', 'Tỉnh Lai Châu', 'Lai Chau Province', 7),
    ('dien-bien', 'Điện Biên', 'Tỉnh Điện Biên', 'Dien Bien Province', 8),
    ('son-la', 'Sơn La', 'Tỉnh Sơn La', 'Son La Province', 9),
    ('lang-son', 'Lạng Sơn', 'Tỉnh Lạng Sơn', 'Lang Son Province', 10),
    ('quang-ninh', 'Quảng Ninh', 'Tỉnh Quảng Ninh', 'Quang Ninh Province', 11),
    ('thanh-hoa', 'Thanh Hóa', 'Tỉnh Thanh Hóa', 'Thanh Hoa Province', 12),
    ('nghe-an', 'Nghệ An', 'Tỉnh Nghệ An', 'Nghe An Province', 13),
    ('ha-tinh', 'Hà Tĩnh', 'Tỉnh Hà Tĩnh', 'Ha Tinh Province', 14),
    ('cao-bang', 'Cao Bằng', 'Tỉnh Cao Bằng', 'Cao Bang Province', 15),
    ('tuyen-quang', 'Tuyên Quang', 'Tỉnh Tuyên Quang', 'Tuyen Quang Province', 16),
    ('lao-cai', 'Lào Cai', 'Tỉnh Lào Cai', 'Lao Cai Province', 17),
    ('thai-nguyen', 'Thái Nguyên', 'Tỉnh Thái Nguyên', 'Thai Nguyen Province', 18),
    ('phu-tho', 'Phú Thọ', 'Tỉnh Phú Thọ', 'Phu Tho Province', 19),
    ('bac-ninh', 'Bắc Ninh', 'Tỉnh Bắc Ninh', 'Bac Ninh Province', 20),
    ('hung-yen', 'Hưng Yên', 'Tỉnh Hưng Yên', 'Hung Yen Province', 21),
    ('ninh-binh', 'Ninh Bình', 'Tỉnh Ninh Bình', 'Ninh Binh Province', 22),
    ('quang-tri', 'Quảng Trị', 'Tỉnh Quảng Trị', 'Quang Tri Province', 23),
    ('quang-ngai', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi', 'Quang Ngai Province', 24),
    ('gia-lai', 'Gia Lai', 'Tỉnh Gia Lai', 'Gia Lai Province', 25),
    ('khanh-hoa', 'Khánh Hòa', 'Tỉnh Khánh Hòa', 'Khanh Hoa Province', 26),
    ('lam-dong', 'Lâm Đồng', 'Tỉnh Lâm Đồng', 'Lam Dong Province', 27),
    ('dak-lak', 'Đắk Lắk', 'Tỉnh Đắk Lắk', 'Dak Lak Province', 28),
    ('dong-nai', 'Đồng Nai', 'Tỉnh Đồng Nai', 'Dong Nai Province', 29),
    ('tay-ninh', 'Tây Ninh', 'Tỉnh Tây Ninh', 'Tay Ninh Province', 30),
    ('vinh-long', 'Vĩnh Long', 'Tỉnh Vĩnh Long', 'Vinh Long Province', 31),
    ('dong-thap', 'Đồng Tháp', 'Tỉnh Đồng Tháp', 'Dong Thap Province', 32),
    ('ca-mau', 'Cà Mau', 'Tỉnh Cà Mau', 'Ca Mau Province', 33),
    ('an-giang', 'An Giang', 'Tỉnh An Giang', 'An Giang Province', 34);

INSERT INTO citizen_group (code, name_vi, name_en, position) VALUES
    ('WORKERS', 'Người lao động', 'Workers and employees', 1),
    ('FARMERS', 'Nông dân', 'Farmers', 2),
    ('STUDENTS', 'Học sinh, sinh viên', 'Pupils and students', 3),
    ('ELDERLY', 'Người cao tuổi', 'Older people', 4),
    ('PEOPLE_WITH_DISABILITIES', 'Người khuyết tật', 'People with disabilities', 5),
    ('CHILDREN', 'Trẻ em', 'Children', 6),
    ('WOMEN', 'Phụ nữ', 'Women', 7),
    ('ETHNIC_MINORITIES', 'Đồng bào dân tộc thiểu số', 'Ethnic minorities', 8),
    ('LAND_USERS', 'Người sử dụng đất', 'Land users', 9),
    ('HOME_BUYERS', 'Người mua, thuê nhà ở', 'Home buyers and tenants', 10),
    ('HOUSEHOLD_BUSINESSES', 'Hộ kinh doanh', 'Household businesses', 11),
    ('CIVIL_SERVANTS', 'Cán bộ, công chức, viên chức', 'Public servants', 12),
    ('PATIENTS', 'Người bệnh', 'Patients', 13),
    ('CONSUMERS', 'Người tiêu dùng', 'Consumers', 14),
    ('TAXPAYERS', 'Người nộp thuế', 'Taxpayers', 15),
    ('OVERSEAS_VIETNAMESE', 'Người Việt Nam định cư ở nước ngoài', 'Overseas Vietnamese', 16),
    ('FOREIGNERS', 'Người nước ngoài', 'Foreign nationals', 17),
    ('ALL_CITIZENS', 'Mọi người dân', 'All citizens', 18);
