import { parsePhraseTable } from '../phrase-table-parser.js';

/** Spanish (Spain and Latin America). */
export const ES_PHRASES = parsePhraseTable('es', 'words', `
# pedido
donde esta mi pedido | os3 i2
donde esta mi orden | os3 i2
estado de mi pedido | os3 i1.5
estado del pedido | os3 i1.5
seguimiento de mi pedido | os2.5 i1
mi pedido | os1
pedido | os0.5
mi orden | os1
ya ha sido enviado | os2 i1.5
ya fue enviado | os2 i1.5
ha sido enviado | os1.5 i1
todavia no se ha enviado | os2 i1.5
enviado | os1 dl0.5
confirmacion del pedido | os2 i0.5
confirmacion de pedido | os2 i0.5
numero de pedido | os1
en preparacion | os2 i1
pendiente | os1 i0.5
cancelar | os2 t2.5
cancelar mi pedido | os3 t3
anular | os2 t2.5
modificar mi pedido | os2.5 t3
cambiar mi pedido | os2.5 t3
cuando .. enviar* | os2 i2
# entrega
entrega | dl1.5
entreg* | dl1.5
envio | dl1.5
envios | dl1.5
paquete | dl1.5
mensajero | dl1.5
repartidor | dl1.5
transportista | dl1.5
correos | dl1
seguimiento | dl1 os0.5
numero de seguimiento | dl2 os1 i0.5
llega* | dl1
cuando llega | dl2 i2
cuando .. llegara | dl2 i2
cuando .. recibire | dl2 i2
plazo de entrega | dl2.5 i2
tiempo de entrega | dl2.5 i2
cuanto tarda | dl2 i2
cuanto tiempo | i1.5
gastos de envio | dl2 i1.5
costo de envio | dl2 i1.5
envian a | dl2.5 i2
hacen envios | dl2.5 i2
direccion de entrega | dl2
direccion de envio | dl2
cambiar .. direccion | dl1.5 t3
aparece como entregado | dl2.5 d3
figura como entregado | dl2.5 d3
marcado como entregado | dl2.5 d3
dice entregado | dl2.5 d3
nunca llego | dl2 d1.5
nunca recibi | dl2 d1.5
no he recibido | dl1.5
no me ha llegado | dl1.5
todavia no ha llegado | dl2 i1
aun no ha llegado | dl2 i1
perdido | dl1 d1
atascado | dl1 d1.5
aduana | dl1.5
punto de recogida | dl1.5
# devoluciones
devolucion | rt2
devoluciones | rt2
devolver | rt2 t1
politica de devolucion | rt2.5 i3
politica de devoluciones | rt2.5 i3
etiqueta de devolucion | rt2.5 t1.5
quiero devolver | rt3 t3
quisiera devolver | rt3 t3
me gustaria devolver | rt3 t3
deseo devolver | rt3 t3
cambio de talla | rt2.5 t2
cambiar la talla | rt2.5 t2.5
cambiarlo por | rt2 t2
demasiado pequen* | rt1.5
demasiado grande | rt1.5
me queda pequen* | rt1.5
me queda grande | rt1.5
no me queda bien | rt1.5
como .. devolver | rt1 i1.5
puedo devolver | rt2 i1.5
# reembolso
reembols* | rf2.5
reembolso | rf2.5
devolucion del dinero | rf2.5
mi dinero | rf2
quiero un reembolso | rf3 t3
quiero el reembolso | rf3 t3
quiero que me devuelvan el dinero | rf3 t3
solicito el reembolso | rf3 t3
solicitar un reembolso | rf3 t3
devuelvanme el dinero | rf3 t3
cuando .. reembolso | rf2 i3
cuando .. devolveran el dinero | rf2 i3
todavia no he recibido el reembolso | rf2.5 i2.5
aun no he recibido el reembolso | rf2.5 i2.5
vale de compra | rf1.5
nota de credito | rf1.5
# pago
pago | pm2
pagar | pm1.5
pague | pm1
pagado | pm1
cobrado | pm2
cobro | pm2
cargo | pm1.5
me cobraron dos veces | pm3 d3
me han cobrado dos veces | pm3 d3
cobrado dos veces | pm3 d3
doble cobro | pm3 d3
doble cargo | pm3 d3
dos veces | pm1 d1
tarjeta de credito | pm2
tarjeta | pm1.5
paypal | pm2
bizum | pm2
factura | pm2
recibo | pm1.5
rechazad* | pm1.5 d2
pago rechazado | pm3 d3
el pago no se realiza | pm3 d3
no me deja pagar | pm3 d3
a plazos | pm2.5 i1
cuotas | pm2 i1
metodo de pago | pm2.5
metodos de pago | pm2.5
formas de pago | pm2.5
transferencia | pm2
codigo de descuento | pm1.5
cupon | pm1.5
iva | pm1.5
precio | pq1 pm0.5
# productos
talla | pq1.5
guia de tallas | pq2 i1
que talla | pq2 a3
en stock | pq2 i2
disponible | pq1.5 i1
vuelve a estar disponible | pq2 i2
material | pq2
de que esta hecho | pq2.5 i1.5
impermeable | pq2
compatible | pq2 a1.5
medidas | pq1.5
dimensiones | pq2
color | pq1.5
garantia | pq1.5 i1
producto | pq1
articulo | pq0.5
ingredientes | pq2
bateria dura | pq2
duracion de la bateria | pq2
instrucciones | pq1
manual | pq1
# consejo
diferencia entre | pq2 a3
recomiend* | pq1 a3
recomendar | pq1 a3
recomendacion | pq1 a3
aconsej* | pq1 a3
consejo | a3
cual me recomienda* | pq1.5 a3
cual elegir | pq1.5 a3
cual de los dos | pq1 a3
deberia | a2.5
adecuad* para | pq1.5 a3
sirve para | pq1 a2
ideal para | pq1 a3
mejor opcion | a3
mejor | a1.5
vale la pena | a2
dudo entre | a3
ayudarme a elegir | pq1.5 a3
# problemas tecnicos
no funciona | tp3 d3
ya no funciona | tp3 d3
dejo de funcionar | tp3 d3
ha dejado de funcionar | tp3 d3
no enciende | tp3 d3
no se enciende | tp3 d3
no prende | tp3 d3
no se conecta | tp3 d3
no carga | tp3 d3
no se carga | tp3 d3
error | tp2.5 d2.5
mensaje de error | tp3 d3
codigo de error | tp3 d3
fallo | tp2 d2
falla | tp2 d2
se bloquea | tp2.5 d2.5
se cuelga | tp2.5 d2.5
se congela | tp2.5 d2.5
se cierra sola | tp2.5 d2.5
app | tp1
aplicacion | tp1
pagina web | tp0.5
actualizacion | tp1
bluetooth | tp1.5
wifi | tp1.5
defectuos* | tp2 d2
averiad* | tp2 d2
roto | tp1.5 d2
rota | tp1.5 d2
pantalla | tp1
parpadea | tp1.5 d2
ruido | tp1.5 d2
gotea | tp1.5 d2
se calienta | tp2 d2
sobrecalienta | tp2.5 d2.5
sigue | d1
de repente | d2
ya he probado | d2.5
ya probe | d2.5
he intentado | d1.5
reinicie | tp1.5 d2.5
reiniciado | tp1.5 d2.5
reinstale | tp1.5 d2.5
no pasa nada | tp2 d3
problema con | d2
un problema | d1
equivocad* | d1.5
incorrect* | d1.5
# quejas
queja | cp3
reclamacion | cp3
reclamo | cp3
inaceptable | cp3
indignante | cp2.5
vergonzoso | cp2.5
decepcionad* | cp2.5
pesimo | cp2.5
pesimo servicio | cp3
mal servicio | cp3
maleducad* | cp2.5
grosero | cp2.5
nadie .. responde | cp2.5
nadie me contesta | cp2.5
sin respuesta | cp2.5
ninguna respuesta | cp2.5
tercera vez | cp2
estoy harto | cp2.5
estoy harta | cp2.5
insatisfech* | cp2.5
atencion al cliente | cp1
danad* | cp1.5 d1.5
producto equivocado | cp2 d2
articulo equivocado | cp2 d2
falta | cp1 d1.5
faltan | cp1 d1.5
compensacion | cp2 t1.5
indemnizacion | cp2 t1.5
responsable | cp1
# cuenta
cuenta | ac2
mi cuenta | ac2
contrasena | ac2.5
clave | ac1.5
iniciar sesion | ac2
acceder | ac1.5
login | ac2
no puedo iniciar sesion | ac3 d3
no puedo acceder | ac3 d3
no puedo entrar | ac3 d3
restablecer .. contrasena | ac3 t3
olvide mi contrasena | ac3 t2
he olvidado mi contrasena | ac3 t2
cambiar mi correo | ac3 t3
cambiar .. contrasena | ac3 t3
correo electronico | ac1.5
usuario | ac1.5
perfil | ac1.5
newsletter | ac1.5
darme de baja | ac2 t2
suscripcion | ac1.5
bloquead* | ac1 d1
codigo de verificacion | ac2 d1
puntos | ac1
cerrar mi cuenta | ac2 pv1.5 t3
# privacidad
datos personales | pv3
mis datos | pv2.5
rgpd | pv3
proteccion de datos | pv3
privacidad | pv2.5
borrar mis datos | pv3 t3
eliminar mis datos | pv3 t3
eliminar mi cuenta | pv2 ac2 t3
borrar mi cuenta | pv2 ac2 t3
derecho al olvido | pv3 t3
que datos | pv2.5 i2
copia de mis datos | pv3 t3
derecho de acceso | pv3 t2
cookies | pv1.5
# categorias
cuando | i1
donde | i1
cuanto | i1.5
cuantos | i1
cual es | i1
cuales son | i1
es posible | i1
se puede | i1
tienen | i1.5
hay | i0.5
como puedo | i1
como hago | i1.5
politica | i1.5
informacion | i1.5
novedades | i1.5
quisiera saber | i2
me gustaria saber | i2
quiero saber | i2
quiero | t1.5
quisiera | t1
me gustaria | t1
podrian | t1
pueden | t1
por favor | t0.5
cambiar | t1.5
modificar | t2
actualizar | t1.5
reemplaz* | t2
sustituir | t2
enviar otro | t2
eliminar | t1.5
# añadidos tras el conjunto de desarrollo
retener mi pedido | os2.5 t3
retener .. pedido | os2 t3
incluye | pq1.5 i1
incluid* | pq1.5 i1
viene con | pq2 i1
novedades | i1.5
adecuad* | pq1 a2.5
regalo para | pq1 a2.5
atascad* en aduana | dl2.5 d3
retenid* en aduana | dl2.5 d3
codigo .. no funciona | pm3 d3
cupon .. no funciona | pm3 d3
numero de telefono | ac1.5
en lugar de | t1.5
`);
