import { parsePhraseTable } from '../phrase-table-parser.js';

/** English. Codes: i t a d = categories; os dl rt rf pm pq tp cp ac pv = intents (see LABEL_CODES). */
export const EN_PHRASES = parsePhraseTable('en', 'words', `
# order status and order changes (cancelling is order management)
where is my order | os3 i2
where's my order | os3 i2
order status | os3 i1.5
status of my order | os3 i1.5
my order | os1
order | os0.5
orders | os0.5
has my order shipped | os3 i1.5
been shipped | os1.5 i1
shipped yet | os2 i1.5
dispatched | os1.5 i0.5
order confirmation | os2 i0.5
confirmation email | os1.5
order number | os1
still processing | os2 i1
still pending | os1.5 i1
cancel | os2 t2.5
cancel my order | os3 t3
cancellation | os2 t2
change my order | os2.5 t3
add .. to my order | os2 t2.5
placed an order | os1.5
when will .. ship | os2 i2
# delivery
delivery | dl1.5
deliver* | dl1.5
shipping | dl1.5
shipment | dl1.5
parcel | dl1.5
package | dl1.5
courier | dl1.5
carrier | dl1
tracking | dl1.5 os0.5
tracking number | dl2 os1 i0.5
track my | dl1.5 os1 i0.5
arrive* | dl1
when will .. arrive | dl2.5 i2
how long .. deliver* | dl2 i2
how long does shipping | dl2.5 i2
shipping cost* | dl2 i1.5
shipping fee* | dl2 i1.5
do you ship | dl2.5 i2
ship to | dl2 i1
delivery address | dl2
change .. address | dl1.5 t3
redirect | dl1.5 t2
reschedule | dl1.5 t2.5
marked as delivered | dl2.5 d3
says delivered | dl2.5 d3
shows delivered | dl2.5 d3
never arrived | dl2 d1.5
never received | dl2 d1.5
not received | dl1.5
lost | dl1 d1
stuck | dl1.5 d1.5
customs | dl1.5
express | dl1
pick up | dl1 t1
pickup point | dl1.5
# returns and exchanges
return | rt2
returns | rt2
returning | rt2
return policy | rt2.5 i3
return label | rt2.5 t1.5
send it back | rt2.5 t2
send .. back | rt2 t1.5
i want to return | rt3 t3
i would like to return | rt3 t3
i'd like to return | rt3 t3
return it | rt2 t2
exchange | rt2 t1.5
swap | rt1.5 t1
doesn't fit | rt1.5
too small | rt1.5
too big | rt1.5
how .. return | rt1 i1.5
can i return | rt2 i1.5
# refunds
refund* | rf2.5
money back | rf2.5
reimburs* | rf2
i want a refund | rf3 t3
i would like a refund | rf3 t3
please refund | rf3 t3
refund me | rf3 t3
full refund | rf2.5 t1.5
request a refund | rf3 t3
when will i .. refund | rf2 i3
haven't received my refund | rf2.5 i2.5
still no refund | rf2.5 i2
store credit | rf1.5
credit note | rf1.5
# payment
payment | pm2
pay | pm1.5
paid | pm1
charged | pm2
charged twice | pm3 d3
double charge* | pm3 d3
charged .. twice | pm3 d3
card | pm1.5
credit card | pm2
debit card | pm2
paypal | pm2
apple pay | pm2
klarna | pm2
invoice | pm2
receipt | pm1.5
declined | pm2 d3
payment failed | pm3 d3
payment .. not go through | pm3 d3
installment* | pm2 i0.5
payment method* | pm2.5
bank transfer | pm2
discount code | pm1.5
coupon | pm1.5
promo code | pm1.5
vat | pm1.5
price | pq1 pm0.5
# products
size | pq1.5
sizing | pq1.5
size guide | pq2 i1
which size | pq2 a3
in stock | pq2 i2
back in stock | pq2 i2
available | pq1.5 i1
material | pq2
made of | pq2 i1.5
waterproof | pq2
compatible | pq2 a1.5
dimensions | pq2
color | pq1.5
colour | pq1.5
warranty | pq1.5 i1
guarantee | pq1.5 i1
product | pq1
item | pq0.5
ingredients | pq2
battery life | pq2
instructions | pq1
manual | pq1
# advice
difference between | pq2 a3
recommend | pq1 a3
recommendation | pq1 a3
which one | pq1 a3
which .. should i | pq1 a3
should i | a2.5
suitable for | pq1.5 a3
good for | pq1 a2
best for | pq1 a3
advice | a3
advise | a3
help me choose | pq1.5 a3
would you suggest | a3
what would you | a2.5
worth it | a2
better | a1.5
or the | a1
# technical problems
not working | tp3 d3
doesn't work | tp3 d3
does not work | tp3 d3
isn't working | tp3 d3
stopped working | tp3 d3
won't turn on | tp3 d3
will not turn on | tp3 d3
doesn't turn on | tp3 d3
won't start | tp3 d3
won't connect | tp3 d3
can't connect | tp3 d3
not charging | tp3 d3
won't charge | tp3 d3
error | tp2.5 d2.5
error message | tp3 d3
error code | tp3 d3
bug | tp2.5 d2
crash* | tp2.5 d2.5
freez* | tp2.5 d2.5
glitch* | tp2.5 d2
app | tp1
website | tp0.5
firmware | tp2 d1
bluetooth | tp1.5
wifi | tp1.5
pair* | tp1
update | tp0.5
defective | tp2 d2
faulty | tp2 d2
malfunction* | tp2.5 d2.5
broken | tp1.5 d2
screen | tp1
blank | tp1 d1
flashing | tp1.5 d2
blinking | tp1.5 d2
noise | tp1.5 d2
leak* | tp1.5 d2
overheat* | tp2.5 d2.5
keeps | d1.5
suddenly | d2
already tried | d2.5
i tried | d1.5
restarted | tp1.5 d2.5
reinstalled | tp1.5 d2.5
nothing happens | tp2 d3
problem with | d2
issue with | d2
wrong | d1.5
# complaints
complain* | cp3
unacceptable | cp3
disappointed | cp2.5
terrible | cp2
worst | cp2
rude | cp2.5
ridiculous | cp2.5
awful | cp2
poor service | cp3
bad service | cp3
no one .. answer* | cp2.5
nobody .. answer* | cp2.5
still no answer | cp2.5
no response | cp2
third time | cp2
fed up | cp2.5
angry | cp2
not happy | cp2
damaged | cp1.5 d1.5
wrong item | cp2 d2
missing | cp1 d1.5
compensation | cp2 t1.5
escalate | cp2
manager | cp1.5
# account
account | ac2
my account | ac2
password | ac2.5
log in | ac2
login | ac2
sign in | ac2
can't log in | ac3 d3
cannot log in | ac3 d3
unable to log in | ac3 d3
can't sign in | ac3 d3
reset my password | ac3 t3
forgot .. password | ac3 t2
change my email | ac3 t3
change my password | ac3 t3
email address | ac1.5
username | ac2
profile | ac1.5
newsletter | ac1.5
unsubscribe | ac2 t2
subscription | ac1.5
locked | ac2 d2
verification code | ac2 d1
loyalty points | ac2
close my account | ac2 pv1.5 t3
# privacy
personal data | pv3
personal information | pv3
my data | pv2.5
gdpr | pv3
ccpa | pv3
data protection | pv3
privacy | pv2.5
delete my data | pv3 t3
delete my account | pv2 ac2 t3
erase | pv2 t2
right to be forgotten | pv3 t3
what data | pv2.5 i2
data you hold | pv3 i1
copy of my data | pv3 t3
access request | pv2.5 t1.5
subject access | pv3 t2
opt out | pv1.5 t2
do not sell | pv3 t2
cookies | pv1.5
# category cues
when | i1
where | i1
how long | i1.5
how much | i1.5
how many | i1
what is | i1
what are | i1
is it possible | i1
do you | i1.5
does it | i1.5
is there | i1
how do i | i1.5
how can i | i1
policy | i1.5
information | i1.5
any update | i1.5
estimated | i1.5
i want to | t1.5
i would like to | t1.5
i'd like to | t1.5
i need to | t1
please change | t3
change | t1.5
update my | t2
modify | t2
replace* | t2
replacement | t2 rt1
send me | t1.5
send a new | t2
arrange | t1.5
remove | t1.5
can you please | t1
could you please | t1
# added after the dev set: holds, inclusions, gifts, fit, stuck parcels, codes
hold my order | os2.5 t3
hold .. order | os2 t2.5
put .. on hold | os1.5 t2.5
postpone | os1 t2.5
come with | pq2 i1
comes with | pq2 i1
included | pq1.5 i1
include* | pq1 i0.5
any news | i1.5
gift for | pq1 a2.5
good gift | pq1 a3
fit* | pq1 a1
would fit | pq1.5 a2.5
for someone | a1.5
best | a1.5
my money back | rf2.5 t2
stuck in customs | dl2.5 d3
held at customs | dl2.5 d3
code .. not working | pm3 d3
code .. doesn't work | pm3 d3
code isn't working | pm3 d3
coupon .. not working | pm3 d3
phone number | ac1.5
instead of | t1.5
`);
