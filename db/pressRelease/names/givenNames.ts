/**
 * Common given names and East Asian family names, in one Latin spelling each (often two, where
 * the romanisations differ by more than the name key forgets). The reader matches a word of any
 * script against these through `nameKey`, so one list serves English, Russian and Turkish
 * releases. Words that are also vocabulary (styles such as "Sultan" or "Emir", months, the
 * English "Will" or "Grace") are left out on purpose: a release uses them as words too.
 */

// prettier-ignore
const TURKIC_AND_CENTRAL_ASIAN = `
  Abay Abdulla Abdullah Abdulaziz Abdurakhmon Abdulkadir Abdullajon Adil Adylbek Akylbek
  Alisher Almaz Almas Altynbek Aman Amangeldy Arman Askar Asylbek Aybek Aydar Aydin Aydın Aziz
  Azamat Bakhtiyor Bakhodir Bakyt Bakytzhan Baktybek Batyr Bauyrzhan Beibut Berik Bolat Bulat
  Chingiz Dauren Daniyar Daulet Davron Dilshod Dzhamshid Jamshid Jamshed Elbek Eldar Elmar Emomali
  Erlan Ermek Ersin Erzhan Farhod Farkhod Fuad Gairat Galym Gulmurod Ilham Ilhom Ilgar Ilgiz
  Ilyas Iskander Jahongir Jakhongir Jasur Jasurbek Kairat Kanat Kamchybek Kubanychbek Kuanysh Marat
  Mirzo Mukhtar Murat Murod Nurlan Nursultan Nurbek Odil Oibek Ozod Rahim Rakhim Rashid Ravshan
  Rustam Rustem Rovshan Ruslan Sadyr Sanjar Saparmurat Serdar Serik Shavkat Sherzod Shukhrat
  Sukhrob Talant Talgat Tilek Timur Temir Tokhir Ulugbek Umid Yerlan Yerzhan Zafar Zhanibek
  Zhomart Zokir Jeyhun Ceyhun Mikayil Mukhtar Anar Elnur Elshad Elchin Emin Hikmet Kamran Mubariz
  Orkhan Parviz Ramiz Samir Teymur Vugar Zaur Gurbanguly Berdimuhamed Rashid Batyrmurad Myrat
  Muhammetguly Dovlet Gulshat Aynur Aygul Aigerim Ainur Akmaral Aliya Asel Aida
  Bibigul Dana Dariga Dinara Gulnara Gulnaz Gulmira Gulzhan Kamila Madina Malika Mavluda Mehriban
  Nargiza Nigora Nilufar Saida Sevara Shahlo Zarina Zhuldyz Zukhra Elmira Feruza Dilnoza
  Hilola Lola Mukhabbat Munisa Oysha Roza Sabina Sanobar Umida Yulduz Zebo Zulfiya
  Sirojiddin Khurshed Nuriddin Shohin Abdurakhim Akmal Anvar
  Bobur Botir Dostonbek Eldor Fakhriddin Ikrom Islom Jamol Khasan Khusan Laziz Mirziyoy Nodir
  Otabek Rustamjon Sardor Shokhrukh Tokhtasin Ulmas Zainiddin Tolib
  Ahmet Ahmed Alparslan Ali Arif Bekir Binali Bülent Burak Cahit Cem Cemil Cevdet Deniz Devlet
  Emre Engin Erdal Erdoğan Ersoy Fatih Ferit Şeyhmus Fikret Hakan Hakkı Halil Hamza Hasan Hulusi Hüseyin
  İbrahim İlker İsmail Kaan Kemal Kenan Kerem Levent Mehmet Mesut Mevlüt Murat Mustafa Nihat Numan
  Oktay Omer Ömer Onur Orhan Osman Recep Reşat Sadık Selim Serkan Süleyman Şeref Tahsin Tamer
  Taner Tarık Tayyip Turgut Ufuk Uğur Volkan Yasin Yavuz Yunus Yusuf Zeki Ayşe Aylin Ayten Berna
  Burcu Derya Ebru Elif Emine Esra Fatma Gülay Gülşen Hatice Hülya Meltem Meral Merve Nazlı Nermin
  Nesrin Nur Özlem Pınar Selin Sema Serpil Sevgi Sevim Tuba Tülay Yasemin Zehra Zeynep
  Abdulkadir Talgat Yerkin Akan Askhat Darkhan Kanybek Marlen Omurbek Temirbek
  Kassym Kasym Jomart Mukhtar Nurzhan Yerbol Yermek Zhaksylyk Olzhas Roman Marat Bolat Kanat
  Batbayar Batbold Bat-Erdene Enkhbayar Enkhbold Gombojav Oyun-Erdene Battsetseg Nyamtseren
  Ganbaatar Gantulga Luvsan Munkh-Orgil Tsogtbaatar Ukhnaa Bayarmaa Oyunchimeg Sarantuya
`;

// prettier-ignore
const ARAB_WORLD = `
  Abdel Abdelaziz Abdelfattah Abdelkader Abdelmajid Abdelrahman Abdul Abdulaziz Abdulla Abdullah
  Abdulrahman Abdulmalik Abdallah Abdalla Adel Adnan Ahmad Ahmed Akram Ala Alaa Amr Anwar Ashraf
  Ayman Aziz Badr Bader Bandar Bassam Faisal Fahd Fahad Farouk Farid Fawzi Fouad Ghassan Habib
  Hamad Hamid Hamdan Hani Haitham Hassan Hatem Hazem Hesham Hisham Hussein Husain Ibrahim
  Imad Isa Issa Jaber Jamal Jassim Kamal Karim Khaled Khalid Khalil Mahmoud Mahmud Majid Mansour
  Malik Mazen Mohamed Mohammed Muhammad Mohammad Mohamad Mustafa Mostafa Nabil Nasser Nasir Nawaf Nayef
  Omar Osama Qais Rami Rashid Riad Riyad Saad Said Saeed Salah Saleh Salem Salman Sami Samer
  Shihab Tamim Tarek Tariq Tarik Tawfiq Turki Walid Waleed Yasser Yousef Youssef Yusuf
  Zayed Ziad Zaid Abdel-Wahab Wahab Haitham Shakhbut Saif Mubarak Marwan Fadi Fares Nizar Raed
  Talal Bashar Hamed Adib Anas Bilal Ammar Emad Essam Gamal Hosni Magdy Medhat Moussa Naguib Naji
  Othman Ramzi Sameh Sherif Taha Wael Yahya Zakaria Amal Amira Asma Aisha Dalia Dina Fatima Fatma
  Hala Hanan Hayat Huda Iman Jamila Layla Leila Lina Mariam Maryam Mona Nadia Najla Nawal Noura
  Rania Reem Salma Samira Sana Suad Zeina Zainab Nada Hind Lubna Maha Manal
  Antoine Elias Georges Michel Joseph Najib Nabih Walid Tammam
  Hamdi Sabri Shukri Fathi Lutfi Hilmi Zuhdi Rushdi Husni Shawki
`;

// prettier-ignore
const IRAN_AND_SOUTH_ASIA = `
  Abbas Ali Akbar Alireza Ebrahim Esmaeil Farhad Hamid Hassan Hossein Javad Kamal Kazem Mahmoud
  Majid Masoud Mehdi Mohammad Mohsen Mojtaba Morteza Nasser Reza Saeed Said Hamidreza Gholamreza
  Kazem Ahmad Abdolnaser Masoumeh Fatemeh Zahra Maryam Parisa Shirin Nasrin Mitra Farzaneh
  Amit Anil Arjun Arun Ashok Deepak Dinesh Ganesh Harsh Jaishankar Kiran Krishna Kumar Manoj Mohan
  Narendra Nirmala Piyush Pradeep Rahul Raj Rajesh Rajnath Ravi Sanjay Shashi Sunil Suresh Vijay
  Vikram Vinay Ajit Amitabh Subrahmanyam Smriti Priya Sushma Anjali Meena Sunita Pooja Asif
  Shehbaz Ishaq Imran Nawaz Bilawal Shahid Sahir Khizr Hina Maryam Sherry Tariq Ahsan Nasrin
  Hasina Khaleda Tarique Touhid Muhammad Yunus Salehuddin Asif Sajeeb Mahfuz Jahan
  Dharmendra Ranil Mahinda Gotabaya Anura Vijitha Hamid Ashraf Amrullah Zalmay Rangin
`;

// prettier-ignore
const RUSSIA_AND_CIS = `
  Aleksandr Alexander Alexandr Aleksei Alexei Alexey Anatoly Anatoli Andrei Andrey Anton Arkady
  Artem Artyom Boris Vadim Valentin Valery Valeri Vasily Vasili Viktor Victor Vitaly Vladimir
  Vladislav Vyacheslav Gennady Georgy Georgi Grigory Grigori Denis Dmitry Dmitri Evgeny Yevgeny
  Yegor Ivan Igor Ilya Innokenty Kirill Konstantin Leonid Maxim Maksim Matvei Mikhail Nikita
  Nikolai Nikolay Oleg Pavel Petr Pyotr Roman Ruslan Semyon Sergei Sergey Stanislav Stepan Timofei
  Fyodor Fedor Yuri Yury Yakov Yaroslav Gleb Lev Mark Artur Eduard Emil Edgar Daniil Danila
  Aleksandra Alexandra Alina Alla Anastasia Anna Antonina Valentina Valeria Vera Veronika
  Viktoria Galina Darya Daria Evgenia Yevgenia Ekaterina Yekaterina Elena Yelena Elizaveta
  Zhanna Zoya Inna Irina Karina Kira Ksenia Larisa Lidia Lyudmila Lyubov Margarita Marina Maria
  Natalia Natalya Nadezhda Nina Oksana Olga Polina Raisa Svetlana Sofia Tamara Tatiana Tatyana
  Ulyana Yulia Yana Taisia Veronica Alesya Volha Siarhei Uladzimir Aliaksandr Maryna Taras
  Bohdan Mykola Mykhailo Oleksandr Oleksii Andrii Serhii Dmytro Volodymyr Yuliia Kateryna
  Arkadiy Ararat Armen Aram Ashot Arsen Artak Davit Gagik Hovhannes Karen Levon Nikol Robert
  Serzh Suren Tigran Vahagn Vahe Anahit Gohar Lilit Mariam Giorgi Irakli Levan Mamuka Nika Zurab
  Ilia Shalva Salome Nino Tamar Ketevan Maia Maia Vakhtang Dmitriy Konstantine Valentina
  Grigoriy
`;

// prettier-ignore
const EUROPE_AND_AMERICAS = `
  Adam Adrian Alain Albert Alberto Alejandro Alessandro Alfonso Andrea Andreas Andrew Angelo
  Anthony Antonio Arnaud Arthur Axel Benjamin Bernard Bruno Carl Carlo Carlos Charles Christian
  Christoph Christopher Claude Daniel David Diego Dominik Donald Edward Emmanuel Enrico Eric Erik
  Ernesto Fabio Felipe Felix Fernando Francesco Francisco Francis Francois François Frank Franz
  Frederik Gabriel George Gerhard Giovanni Giuseppe Gonzalo Guido Gustavo Hans Harald Heinz Henri
  Henrik Henry Hugo Ian Ignacio Jacques Jakob Jan Javier Jean Jens Joachim Johan Johann John Jonas
  Jorge José Jose Josep Juan Julian Jürgen Karl Klaus Lars Laurent Lorenzo Louis Luca Lucas Luis
  Luiz Lukas Manuel Marc Marcel Marco Marcos Mario Martin Massimo Mateo Matteo Matthias Michael
  Miguel Mikael Nicolas Niels Olaf Oliver Olivier Oscar Pablo Paolo Patrick Paul Pedro Peter
  Philippe Pierre Pieter Rafael Rainer Ralf Ricardo Richard Robert Roberto Rodrigo Rolf Rui Samuel
  Sebastian Sergio Simon Stefan Stephen Steven Sven Thomas Thierry Tobias Tomas Tomasz Ursula
  Vincent Walter Werner Wolfgang Xavier Yves Jozef József Krzysztof Piotr Radek Zbigniew Witold
  Adriana Agnieszka Alice Amy Ana Angela Anne Annalena Antonia Barbara Beatrice Brigitte Camille
  Carla Carmen Caroline Catherine Cecilia Charlotte Christine Claudia Cristina Diana Elena Elisabeth
  Elizabeth Emma Eva Federica Francesca Gabriela Helena Ingrid Isabel Isabelle Jane Jennifer
  Johanna Julia Karin Katarzyna Kaja Laura Linda Lucia Marie Marta Martina Mary Michelle Monika
  Nathalie Paola Patricia Petra Sandra Sara Sarah Silvia Sophie Susanne Teresa Valérie Vanessa
  Kaja Hanna Helga Margaret Kristalina Kristina Dubravka Ylva Ulf Magnus Jonatan Hakon
  Mette Sanna Lene Petteri Jutta Pekka Antti Alar Kersti Edgars Gitanas Arvydas Dace Zoran Ivica
  Milorad Aleksandar Vjosa Edi Olta Ilir Kyriakos Nikos Giorgos Dimitris
  Lula Javier Gustavo Claudia Marcelo Mauricio Sebastián Rubén Antony Marco Kamala Joe Kevin
  Justin Mélanie Anita Hillary Condoleezza Madeleine Janet Lloyd Jake Linda Dominic Keir Rishi
  Liz Jeremy Yvette Hélène
  Gianluca Dzhanluka Niccolo Nikkolo Xose Shose Breixo Breisho Xoan Shoan Brais Anxo Ansho
`;

// prettier-ignore
const AFRICA = `
  Abiy Abdoulaye Adama Akinwumi Alassane Amadou Amina Babajide Bola Bongani Boubacar Chidi
  Chinedu Cyril Demeke Emeka Faure Félix Goodluck Hage Ibrahima Idriss Jakaya
  Julius Kagame Kassim Kwame Lazarus Macky Mahamadou Mamadou Moussa Muhammadu Naledi
  Nkosazana Olusegun Ousmane Ronald Samia Seretse Timothy
  Uhuru William Yoweri Yemi Ngozi Fatou Aminata Awa Mariama Ellen Joyce Winnie Nandi
  Thabo Jacob Kgalema Lindiwe Kingsley
  Kashim Nana Akufo Mahama Jerry Ernest Hakainde Emmerson Constantino Filipe
  Mokgweetsi Duma Kwabena Kofi Kojo Yaw Abena Akua Efua Adjoa Chukwuma Ifeanyi Tunde
  Oluwaseun Adebayo Folake Ngugi Wangari Wanjiru Kipchoge Njeri Otieno Atieno Omondi Odhiambo
  Ismail Abdirahman Mohamud Hodan Fawziya Ilhan
  Omari Jabari Juma Hamisi Baraka Amani Neema Rehema Zawadi Furaha Imani Zuberi Bakari Mwanaisha
`;

// Family names that stand first in a name: China, Korea, Vietnam; and Japan's, which stand first
// in Japanese and last in English.
// prettier-ignore
const EAST_ASIAN_FAMILY = `
  Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Gao Luo Zheng Liang Xie
  Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu
  Ding Ren Shen Yao Jin Qin Fu Wan Xi Qian Wen Bai Kong Zhong Xue Lei Hou Long Duan Hao Qiu Shao
  Meng Xiong Mao Dai Cui Fan Shi Qi Yan Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo
  Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Kwon Hwang Ahn Yoo Ryu Hong Jeon Chun Ko Moon Yang Son
  Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Jin Ri Nguyen Tran Pham Hoang Huynh Phan
  Vu Vo Dang Bui Ngo Duong Ly Dinh Truong Trinh Mai Lam Luong Do Ho Sato Suzuki Takahashi Tanaka
  Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue
  Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda
  Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura
  Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Kuroda Kishida Hayashi
  Koizumi Kono Ishiba Suga Noda Kan Aso Kishi Mizuno Nakatani Okano Uchida
`;

// Given names of East Asia, for names written in the Western order.
// prettier-ignore
const EAST_ASIAN_GIVEN = `
  Wei Jing Ming Hua Jun Lei Yong Jie Qiang Ping Gang Hong Jian Hui Yan Xin Lifeng Yi Qishan Jinping
  Keqiang Qiang Huning Zhaoxing Hyun Min Jae Young Sung Jin Hoon Seok Woo Joon Ho Soo Hee Kyung
  Yeol Jong Sang Hae Won Yoshimasa Fumio Shigeru Yoko Taro Hiroshi Takeshi Kenji Koichi Kazuo
  Yoshihide Shinzo Masahiro Hiroko Yoko Akiko Keiko Yuko Naoko Tomoko
  Hanako Takeo Kenta Daisuke Yuki Yusuke Haruki Makoto Satoshi Katsunobu Minh Thanh Tuan Hung Dung
  Long Quang Hai Son Lam Linh Huong Lan Mai Anh Phuong Duc Chinh Vuong Trong Prabowo Joko
  Retno Zahid Hishammuddin Ismail Saifuddin Vivian Lawrence Tharman Maris Enrique Ferdinand
  Somchai Prayut Paetongtarn Srettha Anutin Chakkrit Surasak Thaksin Yingluck Sihasak Parnpree
  Sokhonn Manet Sokha Sophea Vannak Bambang Budi Agus Dewi Siti Wahyu Hendra Rizal Yusril
  Teuku Airlangga Muhyiddin Azmin Nurul Tengku Rafizi Hasnah Aung Kyaw Thein Htun Zaw Tin
  Phoumi Saleumxay Sonexay Thongloun Alounkeo Bounchanh Khamphao Manasseh Tevita
`;

function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w !== '');
}

/** Given names, every region together. */
export const GIVEN_NAMES: readonly string[] = [
  ...new Set([
    ...words(TURKIC_AND_CENTRAL_ASIAN),
    ...words(ARAB_WORLD),
    ...words(IRAN_AND_SOUTH_ASIA),
    ...words(RUSSIA_AND_CIS),
    ...words(EUROPE_AND_AMERICAS),
    ...words(AFRICA),
    ...words(EAST_ASIAN_GIVEN),
  ]),
];

/** Family names of China, Korea, Vietnam and Japan, which a suffix does not tell. */
export const FAMILY_NAMES: readonly string[] = [...new Set(words(EAST_ASIAN_FAMILY))];
