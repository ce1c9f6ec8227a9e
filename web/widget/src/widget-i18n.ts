// The widget's strings per language. Placeholders are `{name}`; the widget fills them (a full ICU runtime would
// triple the widget's size for two placeholders). Every catalogue has every key: widget-i18n is checked by a test.

export type MessageKey =
  | 'title' | 'open' | 'close' | 'welcome' | 'placeholder' | 'send' | 'attach' | 'prechatIntro' | 'name' | 'email' | 'optional'
  | 'start' | 'typing' | 'typingAgent' | 'closed' | 'closedNoHours' | 'emailOffer' | 'message' | 'sendEmail' | 'emailThanks'
  | 'you' | 'fileTooLarge' | 'sending' | 'failed' | 'reconnecting' | 'invalidEmail' | 'required' | 'unavailable'
  | 'download' | 'openImage';

export type Catalogue = Record<MessageKey, string>;

export const catalogues: Record<string, Catalogue> = {
  en: {
    title: 'Chat with us', open: 'Open the chat', close: 'Close the chat', welcome: 'Hello! How can we help you today?',
    placeholder: 'Write a message…', send: 'Send', attach: 'Attach a file', prechatIntro: 'Before we start, tell us how to address you.',
    name: 'Your name', email: 'Your email', optional: '(optional)', start: 'Start the chat', typing: '{name} is typing…', typingAgent: 'An agent is typing…',
    closed: 'We are closed right now. We open again {time}.', closedNoHours: 'We are closed right now.',
    emailOffer: 'Leave your email and your message, and we will answer by email.', message: 'Your message', sendEmail: 'Send by email',
    emailThanks: 'Thank you! We will answer you at {email}.', you: 'You', fileTooLarge: 'This file is too large (at most {size}).',
    sending: 'Sending…', failed: 'Not sent yet, trying again…', reconnecting: 'Connection lost, reconnecting…',
    invalidEmail: 'Please enter a valid email address.', required: 'Please fill in this field.', unavailable: 'The chat is not available right now.',
    download: 'Download {name} ({size})', openImage: 'Open the image {name} ({size})',
  },
  fr: {
    title: 'Discutons', open: 'Ouvrir la discussion', close: 'Fermer la discussion', welcome: 'Bonjour ! Comment pouvons-nous vous aider ?',
    placeholder: 'Écrivez un message…', send: 'Envoyer', attach: 'Joindre un fichier', prechatIntro: 'Avant de commencer, dites-nous comment vous appeler.',
    name: 'Votre nom', email: 'Votre e-mail', optional: '(facultatif)', start: 'Commencer', typing: '{name} est en train d’écrire…', typingAgent: 'Un conseiller écrit…',
    closed: 'Nous sommes fermés pour le moment. Nous rouvrons {time}.', closedNoHours: 'Nous sommes fermés pour le moment.',
    emailOffer: 'Laissez votre e-mail et votre message : nous vous répondrons par e-mail.', message: 'Votre message', sendEmail: 'Envoyer par e-mail',
    emailThanks: 'Merci ! Nous vous répondrons à {email}.', you: 'Vous', fileTooLarge: 'Ce fichier est trop volumineux ({size} au maximum).',
    sending: 'Envoi…', failed: 'Pas encore envoyé, nouvel essai…', reconnecting: 'Connexion perdue, reconnexion…',
    invalidEmail: 'Veuillez saisir une adresse e-mail valide.', required: 'Veuillez remplir ce champ.', unavailable: 'La discussion n’est pas disponible pour le moment.',
    download: 'Télécharger {name} ({size})', openImage: 'Ouvrir l’image {name} ({size})',
  },
  de: {
    title: 'Chatten Sie mit uns', open: 'Chat öffnen', close: 'Chat schließen', welcome: 'Hallo! Wie können wir Ihnen helfen?',
    placeholder: 'Nachricht schreiben…', send: 'Senden', attach: 'Datei anhängen', prechatIntro: 'Bevor es losgeht: Wie dürfen wir Sie ansprechen?',
    name: 'Ihr Name', email: 'Ihre E-Mail-Adresse', optional: '(optional)', start: 'Chat starten', typing: '{name} schreibt…', typingAgent: 'Ein Mitarbeiter schreibt…',
    closed: 'Wir sind gerade nicht erreichbar. Wir sind wieder da: {time}.', closedNoHours: 'Wir sind gerade nicht erreichbar.',
    emailOffer: 'Hinterlassen Sie Ihre E-Mail-Adresse und Ihre Nachricht, wir antworten per E-Mail.', message: 'Ihre Nachricht', sendEmail: 'Per E-Mail senden',
    emailThanks: 'Vielen Dank! Wir antworten Ihnen an {email}.', you: 'Sie', fileTooLarge: 'Diese Datei ist zu groß (höchstens {size}).',
    sending: 'Wird gesendet…', failed: 'Noch nicht gesendet, neuer Versuch…', reconnecting: 'Verbindung unterbrochen, verbinde neu…',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.', required: 'Bitte füllen Sie dieses Feld aus.', unavailable: 'Der Chat ist gerade nicht verfügbar.',
    download: '{name} ({size}) herunterladen', openImage: 'Bild {name} ({size}) öffnen',
  },
  it: {
    title: 'Chatta con noi', open: 'Apri la chat', close: 'Chiudi la chat', welcome: 'Ciao! Come possiamo aiutarti?',
    placeholder: 'Scrivi un messaggio…', send: 'Invia', attach: 'Allega un file', prechatIntro: 'Prima di iniziare, dicci come chiamarti.',
    name: 'Il tuo nome', email: 'La tua email', optional: '(facoltativa)', start: 'Inizia la chat', typing: '{name} sta scrivendo…', typingAgent: 'Un operatore sta scrivendo…',
    closed: 'Al momento siamo chiusi. Riapriamo {time}.', closedNoHours: 'Al momento siamo chiusi.',
    emailOffer: 'Lasciaci la tua email e il tuo messaggio: ti risponderemo via email.', message: 'Il tuo messaggio', sendEmail: 'Invia via email',
    emailThanks: 'Grazie! Ti risponderemo a {email}.', you: 'Tu', fileTooLarge: 'Il file è troppo grande (massimo {size}).',
    sending: 'Invio…', failed: 'Non ancora inviato, nuovo tentativo…', reconnecting: 'Connessione persa, riconnessione…',
    invalidEmail: 'Inserisci un indirizzo email valido.', required: 'Compila questo campo.', unavailable: 'La chat non è disponibile al momento.',
    download: 'Scarica {name} ({size})', openImage: 'Apri l’immagine {name} ({size})',
  },
  es: {
    title: 'Habla con nosotros', open: 'Abrir el chat', close: 'Cerrar el chat', welcome: '¡Hola! ¿En qué podemos ayudarte?',
    placeholder: 'Escribe un mensaje…', send: 'Enviar', attach: 'Adjuntar un archivo', prechatIntro: 'Antes de empezar, dinos cómo te llamas.',
    name: 'Tu nombre', email: 'Tu correo electrónico', optional: '(opcional)', start: 'Empezar el chat', typing: '{name} está escribiendo…', typingAgent: 'Un agente está escribiendo…',
    closed: 'Ahora mismo estamos cerrados. Volvemos a abrir {time}.', closedNoHours: 'Ahora mismo estamos cerrados.',
    emailOffer: 'Déjanos tu correo y tu mensaje y te responderemos por correo.', message: 'Tu mensaje', sendEmail: 'Enviar por correo',
    emailThanks: '¡Gracias! Te responderemos en {email}.', you: 'Tú', fileTooLarge: 'El archivo es demasiado grande (máximo {size}).',
    sending: 'Enviando…', failed: 'Aún no enviado, reintentando…', reconnecting: 'Conexión perdida, reconectando…',
    invalidEmail: 'Introduce un correo electrónico válido.', required: 'Rellena este campo.', unavailable: 'El chat no está disponible ahora mismo.',
    download: 'Descargar {name} ({size})', openImage: 'Abrir la imagen {name} ({size})',
  },
  pt: {
    title: 'Fale connosco', open: 'Abrir o chat', close: 'Fechar o chat', welcome: 'Olá! Como podemos ajudar?',
    placeholder: 'Escreva uma mensagem…', send: 'Enviar', attach: 'Anexar um ficheiro', prechatIntro: 'Antes de começar, diga-nos o seu nome.',
    name: 'O seu nome', email: 'O seu e-mail', optional: '(opcional)', start: 'Começar o chat', typing: '{name} está a escrever…', typingAgent: 'Um agente está a escrever…',
    closed: 'Neste momento estamos fechados. Voltamos a abrir {time}.', closedNoHours: 'Neste momento estamos fechados.',
    emailOffer: 'Deixe o seu e-mail e a sua mensagem e responderemos por e-mail.', message: 'A sua mensagem', sendEmail: 'Enviar por e-mail',
    emailThanks: 'Obrigado! Responderemos para {email}.', you: 'Você', fileTooLarge: 'O ficheiro é demasiado grande (no máximo {size}).',
    sending: 'A enviar…', failed: 'Ainda não enviado, a tentar de novo…', reconnecting: 'Ligação perdida, a ligar de novo…',
    invalidEmail: 'Introduza um endereço de e-mail válido.', required: 'Preencha este campo.', unavailable: 'O chat não está disponível neste momento.',
    download: 'Transferir {name} ({size})', openImage: 'Abrir a imagem {name} ({size})',
  },
  ja: {
    title: 'チャットでお問い合わせ', open: 'チャットを開く', close: 'チャットを閉じる', welcome: 'こんにちは。ご用件をお聞かせください。',
    placeholder: 'メッセージを入力…', send: '送信', attach: 'ファイルを添付', prechatIntro: 'はじめに、お名前をお聞かせください。',
    name: 'お名前', email: 'メールアドレス', optional: '（任意）', start: 'チャットを始める', typing: '{name}が入力中です…', typingAgent: '担当者が入力中です…',
    closed: 'ただいま営業時間外です。次の受付開始は{time}です。', closedNoHours: 'ただいま営業時間外です。',
    emailOffer: 'メールアドレスとご用件をお送りください。メールでご返信いたします。', message: 'ご用件', sendEmail: 'メールで送信',
    emailThanks: 'ありがとうございます。{email} 宛にご返信いたします。', you: 'あなた', fileTooLarge: 'ファイルが大きすぎます（上限 {size}）。',
    sending: '送信中…', failed: '未送信です。再送しています…', reconnecting: '接続が切れました。再接続しています…',
    invalidEmail: '正しいメールアドレスを入力してください。', required: 'この項目を入力してください。', unavailable: 'ただいまチャットをご利用いただけません。',
    download: '{name}（{size}）をダウンロード', openImage: '画像 {name}（{size}）を開く',
  },
  zh: {
    title: '在线咨询', open: '打开聊天', close: '关闭聊天', welcome: '您好！请问有什么可以帮您？',
    placeholder: '输入消息…', send: '发送', attach: '添加附件', prechatIntro: '开始之前，请告诉我们如何称呼您。',
    name: '您的姓名', email: '您的邮箱', optional: '（选填）', start: '开始聊天', typing: '{name}正在输入…', typingAgent: '客服正在输入…',
    closed: '我们现在不在服务时间。下次服务开始于{time}。', closedNoHours: '我们现在不在服务时间。',
    emailOffer: '请留下您的邮箱和留言，我们会通过邮件回复您。', message: '您的留言', sendEmail: '通过邮件发送',
    emailThanks: '谢谢！我们会回复到 {email}。', you: '您', fileTooLarge: '文件过大（最多 {size}）。',
    sending: '发送中…', failed: '尚未发送，正在重试…', reconnecting: '连接已断开，正在重新连接…',
    invalidEmail: '请输入有效的邮箱地址。', required: '请填写此项。', unavailable: '聊天暂时不可用。',
    download: '下载 {name}（{size}）', openImage: '打开图片 {name}（{size}）',
  },
  ko: {
    title: '채팅 상담', open: '채팅 열기', close: '채팅 닫기', welcome: '안녕하세요! 무엇을 도와드릴까요?',
    placeholder: '메시지를 입력하세요…', send: '보내기', attach: '파일 첨부', prechatIntro: '시작하기 전에 성함을 알려 주세요.',
    name: '성함', email: '이메일', optional: '(선택)', start: '채팅 시작', typing: '{name} 님이 입력 중입니다…', typingAgent: '상담원이 입력 중입니다…',
    closed: '지금은 상담 시간이 아닙니다. 다음 상담 시작: {time}.', closedNoHours: '지금은 상담 시간이 아닙니다.',
    emailOffer: '이메일 주소와 메시지를 남겨 주시면 이메일로 답변드리겠습니다.', message: '메시지', sendEmail: '이메일로 보내기',
    emailThanks: '감사합니다! {email}(으)로 답변드리겠습니다.', you: '나', fileTooLarge: '파일이 너무 큽니다(최대 {size}).',
    sending: '보내는 중…', failed: '아직 보내지 못했습니다. 다시 시도합니다…', reconnecting: '연결이 끊겼습니다. 다시 연결하는 중…',
    invalidEmail: '올바른 이메일 주소를 입력해 주세요.', required: '이 항목을 입력해 주세요.', unavailable: '지금은 채팅을 이용할 수 없습니다.',
    download: '{name}({size}) 다운로드', openImage: '이미지 {name}({size}) 열기',
  },
  ar: {
    title: 'تحدث معنا', open: 'فتح المحادثة', close: 'إغلاق المحادثة', welcome: 'مرحباً! كيف يمكننا مساعدتك اليوم؟',
    placeholder: 'اكتب رسالة…', send: 'إرسال', attach: 'إرفاق ملف', prechatIntro: 'قبل أن نبدأ، أخبرنا باسمك.',
    name: 'اسمك', email: 'بريدك الإلكتروني', optional: '(اختياري)', start: 'ابدأ المحادثة', typing: '{name} يكتب الآن…', typingAgent: 'أحد الموظفين يكتب الآن…',
    closed: 'نحن مغلقون الآن. نفتح مجدداً {time}.', closedNoHours: 'نحن مغلقون الآن.',
    emailOffer: 'اترك بريدك الإلكتروني ورسالتك وسنرد عليك عبر البريد الإلكتروني.', message: 'رسالتك', sendEmail: 'إرسال عبر البريد الإلكتروني',
    emailThanks: 'شكراً لك! سنرد عليك على {email}.', you: 'أنت', fileTooLarge: 'الملف كبير جداً (الحد الأقصى {size}).',
    sending: 'جارٍ الإرسال…', failed: 'لم تُرسل بعد، جارٍ إعادة المحاولة…', reconnecting: 'انقطع الاتصال، جارٍ إعادة الاتصال…',
    invalidEmail: 'يرجى إدخال بريد إلكتروني صالح.', required: 'يرجى ملء هذا الحقل.', unavailable: 'المحادثة غير متاحة حالياً.',
    download: 'تنزيل {name} ({size})', openImage: 'فتح الصورة {name} ({size})',
  },
  he: {
    title: 'דברו איתנו', open: 'פתיחת הצ׳אט', close: 'סגירת הצ׳אט', welcome: 'שלום! איך נוכל לעזור?',
    placeholder: 'כתבו הודעה…', send: 'שליחה', attach: 'צירוף קובץ', prechatIntro: 'לפני שנתחיל, איך לפנות אליכם?',
    name: 'השם שלך', email: 'הדוא״ל שלך', optional: '(לא חובה)', start: 'התחלת הצ׳אט', typing: '{name} מקליד/ה…', typingAgent: 'נציג/ה מקליד/ה…',
    closed: 'אנחנו סגורים כרגע. נפתח שוב {time}.', closedNoHours: 'אנחנו סגורים כרגע.',
    emailOffer: 'השאירו דוא״ל והודעה ונענה לכם בדוא״ל.', message: 'ההודעה שלך', sendEmail: 'שליחה בדוא״ל',
    emailThanks: 'תודה! נענה לכם בכתובת {email}.', you: 'את/ה', fileTooLarge: 'הקובץ גדול מדי (עד {size}).',
    sending: 'שולח…', failed: 'עדיין לא נשלח, מנסה שוב…', reconnecting: 'החיבור אבד, מתחבר מחדש…',
    invalidEmail: 'נא להזין כתובת דוא״ל תקינה.', required: 'נא למלא שדה זה.', unavailable: 'הצ׳אט אינו זמין כרגע.',
    download: 'הורדת {name} ({size})', openImage: 'פתיחת התמונה {name} ({size})',
  },
  ro: {
    title: 'Vorbește cu noi', open: 'Deschide chatul', close: 'Închide chatul', welcome: 'Bună! Cu ce te putem ajuta?',
    placeholder: 'Scrie un mesaj…', send: 'Trimite', attach: 'Atașează un fișier', prechatIntro: 'Înainte să începem, spune-ne cum te numești.',
    name: 'Numele tău', email: 'Adresa ta de e-mail', optional: '(opțional)', start: 'Începe chatul', typing: '{name} scrie…', typingAgent: 'Un consultant scrie…',
    closed: 'Acum suntem închiși. Redeschidem {time}.', closedNoHours: 'Acum suntem închiși.',
    emailOffer: 'Lasă-ne adresa de e-mail și mesajul, iar noi îți răspundem prin e-mail.', message: 'Mesajul tău', sendEmail: 'Trimite prin e-mail',
    emailThanks: 'Mulțumim! Îți vom răspunde la {email}.', you: 'Tu', fileTooLarge: 'Fișierul este prea mare (cel mult {size}).',
    sending: 'Se trimite…', failed: 'Încă netrimis, se reîncearcă…', reconnecting: 'Conexiune pierdută, se reconectează…',
    invalidEmail: 'Introdu o adresă de e-mail validă.', required: 'Completează acest câmp.', unavailable: 'Chatul nu este disponibil acum.',
    download: 'Descarcă {name} ({size})', openImage: 'Deschide imaginea {name} ({size})',
  },
};

/**
 * The catalogue for a locale (its base language), English when there is none.
 *
 * @example
 * catalogueFor('pt-BR').send; // 'Enviar'
 */
export function catalogueFor(locale: string): Catalogue {
  return catalogues[locale.toLowerCase().split('-')[0]!] ?? catalogues.en!;
}

/**
 * A string with its `{placeholders}` filled.
 *
 * @example
 * fill('We will answer you at {email}.', { email: 'a@b.jp' });
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
