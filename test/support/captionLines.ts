/** Point 1 of issue 11: the mixed lines an Urdu caption meets. */
export const URDU_LINES = [
  'ہم نے social media پر 3 campaigns شروع کیں۔',
  'Instagram پر ہماری ویڈیو بہت چلی',
  'یہ بات کہی گئی تھی on Twitter',
  'ہم نے 2024 میں ۲۵ فیصد اضافہ دیکھا',
  'شرح 45% سے بڑھ کر ۶۰٪ ہو گئی',
  'کیا آپ نے سنا؟ ہاں، بالکل… ٹھیک ہے۔',
  'انہوں نے کہا (یہ اہم ہے) اور «ضروری» بھی',
  'انہوں نے "climate change" کو [اہم] کہا',
  'دیکھیں #UrduCaptions اور @guftagu_app پر',
  'مزید https://example.org/urdu پر پڑھیں',
  'ہم نے ٹیلی\u200Cویژن پر دیکھا',
  'ہم نے بات کی\nCOVID کے بعد حالات بدلے',
];
