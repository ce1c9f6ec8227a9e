import { parsePhraseTable } from '../phrase-table-parser.js';

/** Portuguese (Brazil and Portugal). */
export const PT_PHRASES = parsePhraseTable('pt', 'words', `
# pedido
onde esta meu pedido | os3 i2
onde esta o meu pedido | os3 i2
onde esta a minha encomenda | os3 i2
cade meu pedido | os3 i2
status do meu pedido | os3 i1.5
status do pedido | os3 i1.5
estado da minha encomenda | os3 i1.5
meu pedido | os1
o meu pedido | os1
pedido | os0.5
encomenda | os0.5
minha encomenda | os1
ja foi enviado | os2 i1.5
ja foi despachado | os2 i1.5
ainda nao foi enviado | os2 i1.5
enviad* | os1 dl0.5
despachad* | os1 dl0.5
confirmacao do pedido | os2 i0.5
numero do pedido | os1
em separacao | os2 i1
em processamento | os2 i1
cancelar | os2 t2.5
cancelar meu pedido | os3 t3
cancelar a encomenda | os3 t3
cancelamento | os2 t2
alterar meu pedido | os2.5 t3
quando .. enviad* | os2 i2
# entrega
entrega | dl1.5
entreg* | dl1.5
envio | dl1.5
frete | dl1.5
pacote | dl1.5
transportadora | dl1.5
correios | dl1.5
ctt | dl1.5
rastreio | dl1.5 os0.5
rastreamento | dl1.5 os0.5
codigo de rastreio | dl2 os1 i0.5
codigo de rastreamento | dl2 os1 i0.5
cheg* | dl1
quando chega | dl2 i2
quando .. chegar | dl2 i2
quando .. vou receber | dl2 i2
prazo de entrega | dl2.5 i2
quanto tempo | i1.5
valor do frete | dl2 i1.5
custo de envio | dl2 i1.5
portes | dl2 i1
entregam em | dl2.5 i2
enviam para | dl2.5 i2
endereco de entrega | dl2
morada | dl1.5
mudar .. endereco | dl1.5 t3
alterar .. endereco | dl1.5 t3
alterar .. morada | dl1.5 t3
consta como entregue | dl2.5 d3
aparece como entregue | dl2.5 d3
diz que foi entregue | dl2.5 d3
marcado como entregue | dl2.5 d3
nunca chegou | dl2 d1.5
nunca recebi | dl2 d1.5
nao recebi | dl1.5
ainda nao chegou | dl2 i1
extraviad* | dl1.5 d1.5
perdid* | dl1 d1
parado | dl1 d1.5
alfandega | dl1.5
taxado | dl1.5
ponto de retirada | dl1.5
# devolucoes
devolucao | rt2
devolucoes | rt2
devolver | rt2 t1
politica de devolucao | rt2.5 i3
etiqueta de devolucao | rt2.5 t1.5
quero devolver | rt3 t3
gostaria de devolver | rt3 t3
queria devolver | rt3 t3
troca | rt2 t1.5
trocar | rt2 t2
quero trocar | rt3 t3
gostaria de trocar | rt3 t3
muito pequen* | rt1.5
muito grande | rt1.5
ficou pequen* | rt1.5
ficou grande | rt1.5
nao serviu | rt1.5
como .. devolver | rt1 i1.5
posso devolver | rt2 i1.5
# reembolso
reembols* | rf2.5
estorno | rf2.5
estornar | rf2.5 t1
meu dinheiro de volta | rf3
dinheiro de volta | rf2.5
quero o reembolso | rf3 t3
quero reembolso | rf3 t3
quero meu dinheiro | rf3 t3
gostaria do reembolso | rf3 t3
solicito o reembolso | rf3 t3
solicitar reembolso | rf3 t3
quando .. reembolso | rf2 i3
quando .. estorno | rf2 i3
ainda nao recebi o reembolso | rf2.5 i2.5
ainda nao recebi o estorno | rf2.5 i2.5
vale-compra | rf1.5
credito na loja | rf1.5
# pagamento
pagamento | pm2
pagar | pm1.5
paguei | pm1
pago | pm1
cobrad* | pm2
cobranca | pm2
cobrado duas vezes | pm3 d3
cobraram duas vezes | pm3 d3
cobranca duplicada | pm3 d3
cobranca em dobro | pm3 d3
duas vezes | pm1 d1
cartao de credito | pm2
cartao | pm1.5
boleto | pm2
pix | pm2
mb way | pm2
multibanco | pm2
paypal | pm2
nota fiscal | pm2
fatura | pm2
recibo | pm1.5
recusad* | pm1.5 d2
pagamento recusado | pm3 d3
pagamento nao foi aprovado | pm3 d3
nao consigo pagar | pm3 d3
parcelar | pm2.5 i1
parcelas | pm2 i1
parcelado | pm2 i1
forma de pagamento | pm2.5
formas de pagamento | pm2.5
metodo de pagamento | pm2.5
transferencia | pm2
cupom | pm1.5
cupao | pm1.5
codigo de desconto | pm1.5
iva | pm1.5
preco | pq1 pm0.5
# produtos
tamanho | pq1.5
tabela de medidas | pq2 i1
guia de tamanhos | pq2 i1
qual tamanho | pq2 a3
que tamanho | pq2 a3
em estoque | pq2 i2
em stock | pq2 i2
disponivel | pq1.5 i1
volta ao estoque | pq2 i2
material | pq2
de que e feito | pq2.5 i1.5
a prova d'agua | pq2
impermeavel | pq2
compativel | pq2 a1.5
medidas | pq1.5
dimensoes | pq2
cor | pq1.5
garantia | pq1.5 i1
produto | pq1
artigo | pq0.5
ingredientes | pq2
bateria dura | pq2
duracao da bateria | pq2
manual | pq1
instrucoes | pq1
# conselho
diferenca entre | pq2 a3
recomend* | pq1 a3
indica | a2
indicam | a2
aconselh* | pq1 a3
conselho | a3
qual voces recomendam | pq1.5 a3
qual escolher | pq1.5 a3
qual dos dois | pq1 a3
devo | a2
deveria | a2.5
adequad* para | pq1.5 a3
serve para | pq1 a2
ideal para | pq1 a3
melhor opcao | a3
melhor | a1.5
vale a pena | a2
em duvida entre | a3
fico na duvida | a3
ajudar a escolher | pq1.5 a3
# problemas tecnicos
nao funciona | tp3 d3
nao esta funcionando | tp3 d3
nao esta a funcionar | tp3 d3
parou de funcionar | tp3 d3
deixou de funcionar | tp3 d3
nao liga | tp3 d3
nao acende | tp3 d3
nao conecta | tp3 d3
nao se liga | tp3 d3
nao carrega | tp3 d3
erro | tp2.5 d2.5
mensagem de erro | tp3 d3
codigo de erro | tp3 d3
falha | tp2 d2
bug | tp2.5 d2
trava | tp2.5 d2.5
travando | tp2.5 d2.5
congela | tp2.5 d2.5
fecha sozinho | tp2.5 d2.5
app | tp1
aplicativo | tp1
aplicacao | tp1
site | tp0.5
atualizacao | tp1
bluetooth | tp1.5
wifi | tp1.5
defeito | tp2 d2
com defeito | tp2.5 d2.5
avariad* | tp2 d2
quebrad* | tp1.5 d2
tela | tp1
ecra | tp1
pisca | tp1.5 d2
piscando | tp1.5 d2
barulho | tp1.5 d2
vaza | tp1.5 d2
vazando | tp1.5 d2
esquenta | tp2 d2
superaquec* | tp2.5 d2.5
continua | d1
de repente | d2
ja tentei | d2.5
tentei | d1.5
reiniciei | tp1.5 d2.5
reinstalei | tp1.5 d2.5
nada acontece | tp2 d3
problema com | d2
um problema | d1
errad* | d1.5
# reclamacoes
reclamacao | cp3
reclamar | cp3
queixa | cp3
inaceitavel | cp3
absurdo | cp2.5
vergonha | cp2.5
decepcionad* | cp2.5
pessimo | cp2.5
pessimo atendimento | cp3
mau atendimento | cp3
grosseir* | cp2.5
mal-educad* | cp2.5
ninguem .. responde | cp2.5
sem resposta | cp2.5
nenhuma resposta | cp2.5
terceira vez | cp2
estou farto | cp2.5
estou farta | cp2.5
cansad* de esperar | cp2.5
insatisfeit* | cp2.5
procon | cp3
reclame aqui | cp3
atendimento | cp1
danificad* | cp1.5 d1.5
produto errado | cp2 d2
veio errado | cp2 d2
falta | cp1 d1.5
faltando | cp1 d1.5
indenizacao | cp2 t1.5
compensacao | cp2 t1.5
responsavel | cp1
# conta
conta | ac2
minha conta | ac2
senha | ac2.5
palavra-passe | ac2.5
entrar na | ac1.5
login | ac2
iniciar sessao | ac2
nao consigo entrar | ac3 d3
nao consigo fazer login | ac3 d3
nao consigo acessar | ac3 d3
nao consigo aceder | ac3 d3
redefinir .. senha | ac3 t3
recuperar .. senha | ac3 t2
esqueci .. senha | ac3 t2
alterar .. e-mail | ac3 t3
mudar .. e-mail | ac3 t3
alterar .. senha | ac3 t3
e-mail | ac1
usuario | ac1.5
utilizador | ac1.5
perfil | ac1.5
newsletter | ac1.5
descadastrar | ac2 t2
cancelar a inscricao | ac2 t2
assinatura | ac1.5
bloquead* | ac1 d1
codigo de verificacao | ac2 d1
pontos | ac1
encerrar minha conta | ac2 pv1.5 t3
# privacidade
dados pessoais | pv3
meus dados | pv2.5
os meus dados | pv2.5
lgpd | pv3
rgpd | pv3
protecao de dados | pv3
privacidade | pv2.5
excluir meus dados | pv3 t3
apagar meus dados | pv3 t3
eliminar os meus dados | pv3 t3
excluir minha conta | pv2 ac2 t3
apagar a minha conta | pv2 ac2 t3
direito ao esquecimento | pv3 t3
quais dados | pv2.5 i2
copia dos meus dados | pv3 t3
acesso aos meus dados | pv3 t2
cookies | pv1.5
# categorias
quando | i1
onde | i1
quanto | i1.5
quantos | i1
qual e | i1
quais sao | i1
e possivel | i1
da para | i1
voces tem | i1.5
tem como | i1
como posso | i1
como faco | i1.5
politica | i1.5
informacao | i1.5
informacoes | i1.5
novidades | i1.5
gostaria de saber | i2
queria saber | i2
quero saber | i2
quero | t1.5
gostaria de | t1
queria | t1
podem | t1
poderiam | t1
por favor | t0.5
trocar o | t1.5
alterar | t2
mudar | t1.5
atualizar | t1.5
substituir | t2
substituicao | t2 rt1
enviar outro | t2
excluir | t1.5
# acrescentados após o conjunto de desenvolvimento
segurar meu pedido | os2.5 t3
segurar .. pedido | os2 t3
vem com | pq2 i1
acompanha | pq2 i1
inclui | pq1.5 i1
novidade* | i1.5
serve para notebook | pq1.5 a2.5
serve em | pq1 a2
presente para | pq1 a2.5
parado na alfandega | dl2.5 d3
retido na alfandega | dl2.5 d3
cupom nao funciona | pm3 d3
codigo .. nao funciona | pm3 d3
numero de telefone | ac1.5
em vez de | t1.5
`);
