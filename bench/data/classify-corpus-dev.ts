/** Dev messages used while tuning the tables (kept apart from the held-out test set). */
import { corpus } from './classify-corpus-format.js';

export const CORPUS_DEV = [
  ...corpus('en', `
i os | any news on my order? placed it on the 3rd
i dl | What courier do you use for deliveries to Ireland?
i rt | how many days do I have to send something back?
i pq | Does the lamp come with a bulb?
i pm | Do you charge VAT for orders shipped to Switzerland?
t os | please hold my order until next week, I'm away
t dl | Could you redirect the parcel to the pickup point near my work?
t rf | I'd like my money back for the broken chair
t ac | please update my phone number on my profile
a pq | which laptop bag would fit a 16 inch macbook best?
a pq | Is the wool blanket a good gift for someone with sensitive skin?
d tp | the printer shows error E04 and won't print
d dl | my parcel has been stuck in customs for 3 weeks
d cp | you sent me the wrong item, I ordered black not blue
d pm | my discount code isn't working at checkout
`),
  ...corpus('fr', `
i os | Bonjour, avez-vous des nouvelles de ma commande passée samedi ?
i dl | Quel transporteur utilisez-vous pour la Corse ?
i pq | Est-ce que la lampe est livrée avec l'ampoule ?
i pm | Acceptez-vous les chèques vacances ?
t os | Pouvez-vous bloquer ma commande jusqu'à lundi ? Je suis absent.
t dl | Merci de livrer plutôt en point relais.
t rf | Je veux être remboursé pour la chaise abîmée.
t ac | Merci de mettre à jour mon numéro de téléphone.
a pq | Quel sac convient à un ordinateur de 16 pouces ?
a pq | Cette couverture est-elle un bon cadeau pour une peau sensible ?
d tp | L'imprimante affiche l'erreur E04 et n'imprime plus.
d dl | Mon colis est bloqué à la douane depuis trois semaines.
d cp | Vous m'avez envoyé le mauvais article, j'avais commandé du noir.
d pm | Mon code promo ne fonctionne pas au paiement.
`),
  ...corpus('de', `
i os | Gibt es Neuigkeiten zu meiner Bestellung vom Samstag?
i dl | Mit welchem Paketdienst versenden Sie nach Italien?
i pq | Ist bei der Lampe ein Leuchtmittel dabei?
t os | Bitte halten Sie meine Bestellung bis Montag zurück.
t dl | Bitte liefern Sie an die Packstation statt an meine Adresse.
t rf | Ich möchte eine Erstattung für den beschädigten Stuhl.
t ac | Bitte aktualisieren Sie meine Telefonnummer im Kundenkonto.
a pq | Welche Tasche passt am besten für einen 16-Zoll-Laptop?
a pq | Ist die Wolldecke ein gutes Geschenk für empfindliche Haut?
d tp | Der Drucker zeigt Fehler E04 und druckt nicht mehr.
d dl | Mein Paket hängt seit drei Wochen beim Zoll fest.
d cp | Sie haben mir den falschen Artikel geschickt, ich hatte Schwarz bestellt.
d pm | Mein Gutscheincode funktioniert an der Kasse nicht.
`),
  ...corpus('it', `
i os | Ci sono novità sul mio ordine di sabato?
i dl | Con quale corriere spedite in Sicilia?
i pq | La lampada include la lampadina?
t os | Potete bloccare il mio ordine fino a lunedì?
t dl | Preferisco il ritiro in un punto di ritiro, potete cambiare?
t rf | Vorrei un rimborso per la sedia danneggiata.
a pq | Quale borsa è adatta a un portatile da 16 pollici?
d tp | La stampante dà errore E04 e non stampa più.
d dl | Il mio pacco è bloccato in dogana da tre settimane.
d cp | Mi avete mandato l'articolo sbagliato, avevo ordinato il nero.
d pm | Il codice sconto non funziona al pagamento.
`),
  ...corpus('es', `
i os | ¿Hay novedades de mi pedido del sábado?
i dl | ¿Con qué mensajero envían a Baleares?
i pq | ¿La lámpara incluye la bombilla?
t os | ¿Pueden retener mi pedido hasta el lunes?
t rf | Quiero un reembolso por la silla dañada.
a pq | ¿Qué funda es adecuada para un portátil de 16 pulgadas?
d tp | La impresora marca error E04 y ya no imprime.
d dl | Mi paquete lleva tres semanas atascado en aduana.
d cp | Me enviaron el artículo equivocado, pedí el negro.
d pm | El código de descuento no funciona al pagar.
`),
  ...corpus('pt', `
i os | Alguma novidade sobre o meu pedido de sábado?
i dl | Qual transportadora vocês usam para o Nordeste?
t os | Vocês podem segurar meu pedido até segunda?
t rf | Quero reembolso pela cadeira que veio danificada.
a pq | Qual mochila serve para notebook de 16 polegadas?
d tp | A impressora dá erro E04 e não imprime mais.
d dl | Meu pacote está parado na alfândega há três semanas.
d cp | Vocês mandaram o produto errado, eu pedi o preto.
d pm | O cupom não funciona no pagamento.
`),
  ...corpus('ro', `
i os | Aveți vreo noutate despre comanda mea de sâmbătă?
i dl | Cu ce curier livrați în Cluj?
t rf | Vreau banii înapoi pentru scaunul deteriorat.
a pq | Ce geantă se potrivește pentru un laptop de 16 inch?
d tp | Imprimanta afișează eroarea E04 și nu mai printează.
d dl | Coletul meu e blocat la vamă de trei săptămâni.
d cp | Mi-ați trimis produsul greșit, am comandat negru.
d pm | Codul de reducere nu funcționează la plată.
`),
  ...corpus('ja', `
i os | 土曜日に注文した件、何か進捗はありますか？
i dl | 沖縄への配送はどの業者ですか？
t os | 月曜日まで発送を止めていただけますか。
t rf | 椅子が破損していたので返金を希望します。
a pq | 16インチのノートパソコンに合うバッグはどれですか？
d tp | プリンターにエラーE04が表示されて印刷できません。
d dl | 荷物が3週間も税関で止まっています。
d cp | 違う商品が届きました。黒を注文しました。
d pm | クーポンが決済時に使えません。
`),
  ...corpus('zh', `
i os | 我周六下的订单有进展吗？
i dl | 寄到广州用的是哪家快递？
t os | 能不能先不要发货，等到周一？
t rf | 椅子是坏的，我要退款。
a pq | 16寸的笔记本电脑用哪款包合适？
d tp | 打印机显示错误E04，打印不了。
d dl | 包裹在海关卡了三个星期了。
d cp | 你们发错货了，我买的是黑色。
d pm | 优惠券结账的时候用不了。
`),
  ...corpus('ko', `
i os | 토요일에 주문한 건 진행 상황이 있나요?
i dl | 부산으로는 어느 택배사로 보내나요?
t os | 월요일까지 발송을 보류해 주실 수 있나요?
t rf | 의자가 파손되어 와서 환불 요청합니다.
a pq | 16인치 노트북에 맞는 가방은 어떤 게 좋을까요?
d tp | 프린터에 오류 E04가 뜨고 인쇄가 안 돼요.
d dl | 택배가 세관에 3주째 묶여 있어요.
d cp | 다른 상품이 왔어요. 검정색을 주문했는데요.
d pm | 쿠폰이 결제할 때 적용이 안 돼요.
`),
  ...corpus('ar', `
i os | هل من جديد بخصوص طلبي يوم السبت؟
i dl | ما هي شركة الشحن التي تستخدمونها إلى الرياض؟
t rf | أريد استرداد المبلغ لأن الكرسي وصل متضررا.
a pq | أي حقيبة تناسب لابتوب 16 إنش؟
d tp | الطابعة تظهر رسالة خطأ E04 ولا تطبع.
d dl | طردي عالق في الجمارك منذ ثلاثة أسابيع.
d cp | أرسلتم لي منتجا خاطئا، طلبت اللون الأسود.
d pm | كود الخصم لا يعمل عند الدفع.
`),
];
