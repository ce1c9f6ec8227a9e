import { parsePhraseTable } from '../phrase-table-parser.js';

/** Chinese, written in Simplified; Traditional text is folded to Simplified before matching. */
export const ZH_PHRASES = parsePhraseTable('zh', 'text', `
# 订单
订单 | os0.5
我的订单 | os1
订单状态 | os3 i1.5
订单在哪 | os3 i2
订单到哪了 | os3 i2
订单号 | os1
发货了吗 | os2.5 i2
发货了没 | os2.5 i2
什么时候发货 | os2.5 i2
还没发货 | os2.5 i1.5
还没有发货 | os2.5 i1.5
已发货 | os1.5 dl0.5
发货 | os1 dl0.5
订单确认 | os2 i0.5
处理中 | os1.5 i1
取消 | os2 t2.5
取消订单 | os3 t3
我要取消 | os3 t3
想取消 | os3 t3
修改订单 | os2.5 t3
# 配送
配送 | dl1.5
送货 | dl1.5
快递 | dl1.5
包裹 | dl1.5
物流 | dl1.5
运输 | dl1
顺丰 | dl1.5
快递员 | dl1.5
物流单号 | dl2 os1 i0.5
快递单号 | dl2 os1 i0.5
运单号 | dl2 os1 i0.5
追踪 | dl1.5 os0.5
跟踪 | dl1.5 os0.5
什么时候到 | dl2.5 i2
什么时候能到 | dl2.5 i2
几天能到 | dl2.5 i2
多久能到 | dl2.5 i2
多久 | i1.5
几天 | i1
运费 | dl2 i1.5
邮费 | dl2 i1.5
配送费 | dl2 i1.5
包邮 | dl2 i1.5
能寄到 | dl2.5 i2
发往 | dl2 i1
收货地址 | dl2
配送地址 | dl2
修改地址 | dl1.5 t3
更改地址 | dl1.5 t3
改地址 | dl1.5 t3
显示已签收 | dl2.5 d3
显示签收 | dl2.5 d3
已签收但 | dl2.5 d3
没收到 | dl2 d1
没有收到 | dl2 d1
还没收到 | dl2 i1
还没到 | dl2 i1
丢件 | dl2 d1.5
丢失 | dl1 d1.5
卡在 | dl1 d1.5
海关 | dl1.5
清关 | dl2
自提 | dl1.5
# 退货
退货 | rt2.5
我要退货 | rt3 t3
想退货 | rt3 t3
申请退货 | rt3 t3
退货政策 | rt2.5 i3
退货流程 | rt2.5 i2
怎么退货 | rt2.5 i2
如何退货 | rt2.5 i2
能退货吗 | rt2.5 i2
可以退货吗 | rt2.5 i2
退回 | rt2 t1
寄回 | rt2 t1.5
换货 | rt2.5 t2
想换 | rt2 t2
换一个 | rt2 t2
换尺码 | rt2.5 t2.5
太小 | rt1.5
太大 | rt1.5
不合适 | rt1.5
七天无理由 | rt2 i1.5
# 退款
退款 | rf2.5
退钱 | rf2.5
我要退款 | rf3 t3
申请退款 | rf3 t3
请退款 | rf3 t3
给我退款 | rf3 t3
什么时候退款 | rf2.5 i3
退款什么时候 | rf2.5 i3
退款到账 | rf2.5 i2
还没收到退款 | rf2.5 i2.5
退款还没 | rf2.5 i2.5
# 支付
支付 | pm2
付款 | pm2
付了 | pm1
扣款 | pm2
扣费 | pm2
扣了两次 | pm3 d3
扣两次 | pm3 d3
重复扣款 | pm3 d3
重复付款 | pm3 d3
两次 | pm1 d1
信用卡 | pm2
银行卡 | pm2
支付宝 | pm2
微信支付 | pm2
发票 | pm2
收据 | pm1.5
支付失败 | pm3 d3
付款失败 | pm3 d3
无法支付 | pm3 d3
付不了款 | pm3 d3
分期 | pm2.5 i1
支付方式 | pm2.5
付款方式 | pm2.5
优惠券 | pm1.5
优惠码 | pm1.5
折扣码 | pm1.5
税 | pm1
价格 | pq1 pm0.5
多少钱 | pq1 pm0.5 i1.5
# 商品
尺码 | pq1.5
尺寸 | pq1.5
尺码表 | pq2 i1
穿多大 | pq2 a3
选哪个码 | pq2 a3
有货 | pq2 i2
有没有货 | pq2 i2
库存 | pq2 i2
补货 | pq2 i2
材质 | pq2
面料 | pq2
什么材料 | pq2 i1.5
防水 | pq2
兼容 | pq2 a1
适配 | pq2 a1
颜色 | pq1.5
保修 | pq1.5 i1
质保 | pq1.5 i1
商品 | pq1
产品 | pq1
成分 | pq2
电池 | pq1.5
续航 | pq2
说明书 | pq1.5
# 建议
区别 | pq2 a3
有什么不同 | pq2 a3
推荐 | pq1 a3
建议 | a2.5
哪个好 | pq1 a3
哪款好 | pq1 a3
哪个更好 | pq1 a3
选哪个 | pq1 a3
哪一款 | pq1 a2.5
适合 | pq1 a2.5
值得 | a2
纠结 | a3
该买哪个 | pq1 a3
应该选 | a3
# 技术问题
不能用 | tp3 d3
用不了 | tp3 d3
无法使用 | tp3 d3
坏了 | tp2 d2.5
开不了机 | tp3 d3
无法开机 | tp3 d3
打不开 | tp3 d3
连不上 | tp3 d3
无法连接 | tp3 d3
充不了电 | tp3 d3
充不进电 | tp3 d3
不充电 | tp3 d3
不工作 | tp3 d3
没反应 | tp3 d3
报错 | tp3 d3
错误 | tp2.5 d2.5
错误代码 | tp3 d3
故障 | tp2.5 d2.5
闪退 | tp3 d3
死机 | tp3 d3
卡顿 | tp2.5 d2.5
卡住 | tp2 d2
app | tp1
应用 | tp1
网站 | tp0.5
更新 | tp1
升级 | tp1
蓝牙 | tp1.5
wifi | tp1.5
质量问题 | tp2 d2 cp1
屏幕 | tp1
闪烁 | tp1.5 d2
异响 | tp2 d2.5
噪音 | tp1.5 d2
漏水 | tp2 d2
发烫 | tp2 d2
过热 | tp2.5 d2.5
总是 | d1.5
一直 | d1
突然 | d2
试过了 | d2.5
已经试过 | d2.5
重启 | tp1.5 d2.5
重新安装 | tp1.5 d2.5
不好用 | tp1.5 d2
问题 | d0.5
有问题 | d1.5
# 投诉
投诉 | cp3
太差了 | cp2.5
太差 | cp2.5
差评 | cp2.5
失望 | cp2.5
不满意 | cp2.5
服务态度 | cp2.5
态度很差 | cp3
态度差 | cp3
没人回复 | cp2.5
没有人回复 | cp2.5
没人理 | cp2.5
一直没有回复 | cp2.5
第三次 | cp2
受够了 | cp2.5
太过分 | cp2.5
不可接受 | cp3
客服 | cp1
破损 | cp1.5 d1.5
损坏 | cp1.5 d1.5
发错 | cp2 d2
发错货 | cp2.5 d2
少了 | cp1 d1.5
缺少 | cp1 d1.5
漏发 | cp1.5 d1.5
赔偿 | cp2 t1.5
补偿 | cp2 t1.5
负责人 | cp1.5
# 账户
账户 | ac2
账号 | ac2
我的账户 | ac2
密码 | ac2.5
登录 | ac2
登陆 | ac2
无法登录 | ac3 d3
登录不了 | ac3 d3
登不上 | ac3 d3
重置密码 | ac3 t3
忘记密码 | ac3 t2
忘了密码 | ac3 t2
修改邮箱 | ac3 t3
更改邮箱 | ac3 t3
修改密码 | ac3 t3
邮箱 | ac1.5
手机号 | ac1.5
用户名 | ac2
个人资料 | ac2
注册 | ac1.5
退订 | ac2 t2
订阅 | ac1.5
会员 | ac1.5
被锁 | ac2 d2
锁定 | ac1.5 d1.5
验证码 | ac2 d1
积分 | ac1.5
注销账户 | ac2 pv1.5 t3
注销账号 | ac2 pv1.5 t3
# 隐私
个人信息 | pv3
个人数据 | pv3
我的数据 | pv2.5
我的信息 | pv2
隐私 | pv2.5
数据保护 | pv3
删除我的数据 | pv3 t3
删除我的信息 | pv3 t3
删除个人信息 | pv3 t3
删除账户 | pv2 ac2 t3
删除账号 | pv2 ac2 t3
哪些数据 | pv2.5 i2
哪些信息 | pv2 i2
数据副本 | pv3 t3
查询我的数据 | pv3 t2
cookie | pv1.5
# 类别
什么时候 | i1
哪里 | i1
在哪 | i1
多少 | i1.5
是什么 | i1
吗 | i0.5
可以吗 | i1
能不能 | i1
有没有 | i1.5
怎么 | i1
如何 | i1
政策 | i1.5
规定 | i1.5
想知道 | i2
请问 | i1
咨询 | i1.5
我要 | t1.5
我想 | t1
请帮我 | t1.5
帮我 | t1
麻烦 | t0.5
修改 | t2
更改 | t2
更换 | t2
重新发 | t2
补发 | t2 cp0.5
删除 | t1.5
# 开发集之后补充
先不要发货 | os2.5 t3
不要发货 | os2.5 t3
暂停发货 | os2.5 t3
延迟发货 | os2 t2.5
包含 | pq1.5 i1
配有 | pq1.5 i1
送的 | pq1 i0.5
合适 | pq1 a2.5
哪款 | pq1 a2
送人 | pq1 a2
海关卡 | dl2.5 d3
卡了 | dl1 d2
卡在海关 | dl2.5 d3
优惠券用不了 | pm3 d3
优惠券 .. 用不了 | pm3 d3
优惠码无效 | pm3 d3
手机号码 | ac1.5
`);
