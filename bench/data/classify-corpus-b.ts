/** Held-out test messages: Spanish, Portuguese, Romanian, Arabic (see classify-corpus-format.ts). */
import { corpus } from './classify-corpus-format.js';

export const CORPUS_B = [
  ...corpus('es', `
i os | Hola, ¿dónde está mi pedido? Lo hice hace ocho días y no sé nada.
i os | ¿Ya ha sido enviado el pedido 30218?
i dl | ¿Cuánto tarda el envío a Canarias?
i dl | ¿Hacen envíos a México? ¿Cuánto cuestan los gastos de envío?
i rt | ¿Cuál es el plazo para hacer una devolución?
i rf | ¿Cuándo me devolverán el dinero? Ya recibieron el paquete.
i pq | ¿La mochila es impermeable?
i pq | ¿Cuándo vuelve a estar disponible la camiseta negra en talla S?
i pm | ¿Puedo pagar con Bizum o solo con tarjeta?
i pv | ¿Qué datos personales guardan de mí?
t os | Quiero cancelar mi pedido, me he equivocado de modelo.
t dl | Necesito cambiar la dirección de entrega, ya no vivo en esa casa.
t rt | Quiero devolver las zapatillas porque me quedan pequeñas.
t rt | ¿Me pueden hacer un cambio de talla de la chaqueta? Necesito una L.
t rf | Solicito el reembolso del importe total, el producto no es lo que anunciaban.
t pm | Por favor envíenme la factura a nombre de mi empresa con el CIF.
t ac | Necesito restablecer mi contraseña, por favor.
t ac | Quiero darme de baja de la newsletter.
t pv | De acuerdo con el RGPD, solicito que eliminen mis datos personales.
t pv | Por favor borren mi cuenta.
t os | ¿Pueden añadir una tarjeta regalo a mi pedido antes de enviarlo?
t rf | Devolví el abrigo la semana pasada, devuélvanme el dinero a la tarjeta.
a pq | ¿Qué talla me recomiendan? Mido 1,75 y suelo usar una M.
a pq | ¿Qué diferencia hay entre el robot X5 y el X7? ¿Cuál me recomiendan para un piso con alfombras?
a pq | ¿Esta silla es adecuada para un niño de tres años?
a pq | Dudo entre la nevera de 300 y la de 350 litros, somos cuatro en casa.
a pq | ¿Vale la pena el modelo con pantalla más grande para leer?
a pq | ¿Me aconsejan alguna crema para piel grasa con tendencia al acné?
a pq | ¿Cuál es la mejor opción de colchón para dolor de espalda?
a pm | ¿Me conviene pagar a plazos o al contado?
d tp | Los auriculares no se conectan al móvil, ya probé a reiniciarlos.
d tp | La aplicación se cierra sola cuando intento pagar.
d tp | La cafetera gotea por debajo desde ayer.
d ac | No puedo iniciar sesión, me dice que la contraseña es incorrecta.
d pm | Me han cobrado dos veces el mismo pedido.
d pm | Mi tarjeta sale rechazada al pagar y en otras tiendas funciona.
d dl | El seguimiento dice entregado pero no he recibido nada.
d cp | El jarrón llegó roto y la caja estaba aplastada.
d cp | Es la tercera vez que escribo y nadie me contesta, es indignante.
d tp | La pantalla del reloj se queda en negro aunque lo cargue toda la noche.
`),
  ...corpus('pt', `
i os | Oi, cadê meu pedido? Comprei faz dez dias e não chegou nada.
i os | Meu pedido já foi enviado? O status está parado em "em separação".
i dl | Qual o prazo de entrega para Manaus?
i dl | Vocês entregam em Portugal? Quanto fica o frete?
i rt | Qual é a política de devolução para produtos em promoção?
i rf | Quando vou receber o estorno? Vocês já receberam o produto de volta.
i pq | Esse relógio é à prova d'água?
i pq | O tênis branco vai voltar ao estoque no 39?
i pm | Dá para parcelar no cartão em quantas vezes?
i pv | Quais dados pessoais vocês guardam sobre mim?
t os | Quero cancelar meu pedido, escolhi a cor errada.
t dl | Preciso alterar o endereço de entrega do meu pedido.
t rt | Quero devolver a sandália, ficou pequena.
t rt | Gostaria de trocar a camisa por um tamanho maior.
t rf | Quero o reembolso total, o produto veio diferente do anúncio.
t pm | Por favor, me enviem a nota fiscal com o CNPJ da empresa.
t ac | Preciso redefinir minha senha, por favor.
t ac | Quero descadastrar meu e-mail das promoções.
t pv | Com base na LGPD, solicito a exclusão dos meus dados pessoais.
t pv | Por favor, excluam minha conta.
t os | Vocês podem incluir embalagem de presente no meu pedido?
t rf | Já devolvi a mochila, quero meu dinheiro de volta no cartão.
a pq | Qual tamanho vocês recomendam? Tenho 1,68 e uso M normalmente.
a pq | Qual a diferença entre a air fryer de 4 e de 5,5 litros? Qual escolher para uma família de três?
a pq | Essa cadeirinha é adequada para bebê de seis meses?
a pq | Fico na dúvida entre o sofá cinza e o bege, qual vocês indicam para sala pequena?
a pq | Vale a pena pegar o celular com 256 GB só para fotos?
a pq | Podem me indicar um protetor solar para pele oleosa?
a pq | Qual é o melhor colchão para quem tem dor nas costas?
a pm | É melhor pagar no Pix com desconto ou parcelar sem juros?
d tp | O fone não conecta mais no celular, já tentei resetar.
d tp | O aplicativo trava toda vez que eu abro o carrinho.
d tp | A cafeteira está vazando água por baixo.
d ac | Não consigo fazer login, diz que a senha está errada.
d pm | Fui cobrado duas vezes pelo mesmo pedido.
d pm | Meu cartão é recusado no pagamento, mas funciona em outros sites.
d dl | O rastreio diz que foi entregue, mas não recebi nada.
d cp | O vaso chegou quebrado e a caixa estava toda amassada.
d cp | É a terceira vez que escrevo e ninguém responde, um absurdo.
d tp | A tela do relógio fica preta mesmo depois de carregar a noite toda.
`),
  ...corpus('ro', `
i os | Bună ziua, unde este comanda mea? Am plasat-o acum o săptămână.
i os | Comanda 61004 a fost expediată?
i dl | Cât durează livrarea în Republica Moldova?
i dl | Livrați și în Bulgaria? Cât costă transportul?
i rt | Care este termenul pentru retur la produsele reduse?
i rf | Când primesc banii înapoi? Coletul a ajuns la voi de zece zile.
i pq | Geaca este impermeabilă?
i pq | Mai vine în stoc mărimea 40 la pantofii negri?
i pm | Pot plăti în rate cu cardul?
i pv | Ce date personale păstrați despre mine?
t os | Vă rog să anulați comanda, am ales culoarea greșită.
t dl | Vreau să schimb adresa de livrare pentru comanda mea.
t rt | Vreau să returnez ghetele, sunt prea mici.
t rt | Aș dori să schimb tricoul cu o mărime mai mare.
t rf | Solicit rambursarea integrală a sumei.
t pm | Vă rog să-mi trimiteți factura pe firmă.
t ac | Vreau să-mi resetez parola, vă rog.
t ac | Doresc să mă dezabonez de la newsletter.
t pv | Conform GDPR, vă rog să ștergeți datele mele personale.
t pv | Vă rog să-mi ștergeți contul.
t os | Puteți adăuga ambalaj de cadou la comanda mea?
t rf | Am trimis rochia înapoi, vă rog returnați banii pe card.
a pq | Ce mărime îmi recomandați? Am 1,70 și port de obicei M.
a pq | Care este diferența dintre modelul Pro și Lite? Pe care să-l aleg pentru călătorii?
a pq | Scaunul auto este potrivit pentru un copil de 2 ani?
a pq | Nu știu pe care să iau, canapeaua gri sau cea bej, pentru o cameră mică.
a pq | Merită varianta de 256 GB dacă fac multe filmări?
a pq | Îmi puteți recomanda o cremă pentru ten sensibil?
a pq | Care aspirator e mai bun pentru păr de pisică?
a pm | Ar trebui să plătesc acum sau ramburs ca să prind reducerea?
d tp | Căștile nu se mai conectează la telefon, am încercat deja să le resetez.
d tp | Aplicația se închide singură când deschid coșul.
d tp | Espressorul curge pe dedesubt de ieri.
d ac | Nu mă pot autentifica, zice că parola e greșită.
d pm | Mi s-a retras de două ori suma pentru aceeași comandă.
d pm | Cardul meu este refuzat la plată, deși merge peste tot.
d dl | Pe AWB scrie că a fost livrat, dar nu am primit nimic.
d cp | Vaza a sosit spartă și cutia era turtită.
d cp | Vă scriu a treia oară și nimeni nu răspunde, e inacceptabil.
d tp | Ecranul ceasului rămâne negru chiar și după o noapte la încărcat.
`),
  ...corpus('ar', `
i os | مرحبا، أين طلبي؟ طلبته قبل أسبوع ولم يصلني شيء.
i os | هل تم شحن الطلب رقم 88102؟
i dl | كم يستغرق التوصيل إلى جدة؟
i dl | هل توصلون إلى الكويت؟ وكم رسوم الشحن؟
i rt | ما هي سياسة الإرجاع للمنتجات المخفضة؟
i rf | متى سأستلم المبلغ المسترد؟ وصلكم المنتج قبل عشرة أيام.
i pq | هل الساعة مقاومة للماء؟
i pq | هل سيتوفر الحذاء الأسود مقاس 42 مرة أخرى؟
i pm | هل يمكن الدفع بالتقسيط عن طريق تابي؟
i pv | ما هي البيانات الشخصية التي تحتفظون بها عني؟
t os | أريد إلغاء طلبي، اخترت اللون الخطأ.
t dl | أريد تغيير عنوان التوصيل لطلبي.
t rt | أريد إرجاع الحذاء لأنه صغير جدا.
t rt | أود استبدال القميص بمقاس أكبر.
t rf | أطلب استرداد المبلغ كاملا.
t pm | أرجو إرسال الفاتورة باسم الشركة مع الرقم الضريبي.
t ac | أريد إعادة تعيين كلمة المرور من فضلك.
t ac | أريد إلغاء الاشتراك في النشرة البريدية.
t pv | أطلب حذف بياناتي الشخصية من أنظمتكم.
t pv | من فضلك احذفوا حسابي.
t os | هل يمكن إضافة تغليف هدية إلى طلبي؟
t rf | أرجعت الفستان الأسبوع الماضي، رجعوا فلوسي على البطاقة.
a pq | أي مقاس تنصحونني به؟ طولي 175 وألبس عادة M.
a pq | ما الفرق بين الموديل برو والموديل لايت؟ أيهما أفضل للسفر؟
a pq | هل هذا الكرسي مناسب لطفل عمره سنتان؟
a pq | أنا محتارة بين الكنبة الرمادية والبيج، بماذا تنصحونني لغرفة صغيرة؟
a pq | هل يستحق الأمر شراء نسخة 256 جيجا للتصوير؟
a pq | هل يمكن أن ترشحوا لي كريم للبشرة الحساسة؟
a pq | أي مكنسة أفضل لشعر القطط؟
a pm | هل الأفضل أن أدفع الآن أو عند الاستلام؟
d tp | السماعة لا تتصل بالجوال، جربت إعادة ضبطها.
d tp | التطبيق يعلق كل مرة أفتح السلة.
d tp | ماكينة القهوة تسرب الماء من الأسفل.
d ac | لا أستطيع تسجيل الدخول، يقول إن كلمة المرور خاطئة.
d pm | تم خصم المبلغ مرتين لنفس الطلب.
d pm | تم رفض بطاقتي عند الدفع مع أنها تعمل في كل مكان.
d dl | التتبع يقول تم التسليم لكن لم أستلم أي شيء.
d cp | وصلت المزهرية مكسورة والكرتون كان متضررا.
d cp | هذه المرة الثالثة التي أكتب فيها ولا أحد يرد، هذا غير مقبول.
d tp | شاشة الساعة تبقى سوداء حتى بعد الشحن طوال الليل.
`),
];
