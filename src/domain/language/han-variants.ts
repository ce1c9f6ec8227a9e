/**
 * Characters that tell Simplified from Traditional Chinese, and Japanese-only kanji. Only unambiguous
 * pairs are listed: a simplified form that is also a normal Traditional character (干 后 里 面 台 只 系…)
 * is left out, because finding it proves nothing.
 */

// Each entry is "simplified + traditional" for one pair.
const PAIRS =
  '个個 们們 这這 来來 时時 为為 说說 国國 对對 会會 发發 货貨 单單 订訂 购購 买買 卖賣 钱錢 谢謝 请請 问問 ' +
  '吗嗎 么麼 没沒 还還 运運 费費 码碼 号號 递遞 邮郵 务務 网網 点點 开開 关關 门門 东東 车車 长長 间間 见見 ' +
  '现現 给給 让讓 过過 进進 边邊 实實 应應 该該 话話 电電 换換 颜顏 质質 价價 优優 帮幫 联聯 户戶 态態 几幾 ' +
  '签簽 询詢 状狀 况況 处處 题題 产產 坏壞 损損 银銀 账賬 转轉 礼禮 积積 员員 录錄 记記 确確 认認 写寫 错錯 ' +
  '经經 样樣 谁誰 儿兒 万萬 亿億 与與 专專 业業 丝絲 两兩 严嚴 丰豐 临臨 丽麗 举舉 义義 乐樂 习習 乡鄉 书書 ' +
  '乱亂 争爭 亏虧 亚亞 亲親 仅僅 从從 仓倉 仪儀 众眾 伞傘 伟偉 传傳 伤傷 体體 佣傭 侦偵 侧側 俭儉 债債 倾傾 ' +
  '偿償 储儲 兑兌 党黨 兰蘭 兴興 养養 兽獸 册冊 军軍 农農 决決 冻凍 净淨 凉涼 减減 凤鳳 凭憑 击擊 刘劉 则則 ' +
  '刚剛 创創 删刪 别別 剂劑 剑劍 剧劇 劝勸 办辦 动動 励勵 劲勁 劳勞 势勢 区區 医醫 华華 协協 卫衛 却卻 厂廠 ' +
  '厅廳 历歷 厉厲 压壓 厌厭 县縣 参參 双雙 变變 叙敘 叶葉 叹嘆 吓嚇 听聽 启啟 吴吳 呜嗚 响響 哑啞 团團 园園 ' +
  '围圍 图圖 圆圓 场場 块塊 坚堅 坛壇 垫墊 报報 壮壯 声聲 备備 复復 头頭 夺奪 奋奮 奖獎 妆妝 妇婦 妈媽 娱娛 ' +
  '孙孫 学學 宁寧 宝寶 宠寵 审審 宪憲 宽寬 宾賓 寻尋 导導 将將 尔爾 尘塵 尝嘗 层層 属屬 岁歲 岛島 币幣 师師 ' +
  '带帶 帐帳 广廣 庆慶 库庫 庙廟 废廢 异異 弃棄 张張 弹彈 归歸 当當 彻徹 径徑 忆憶 忧憂 怀懷 总總 恋戀 恶惡 ' +
  '恼惱 悦悅 惊驚 惧懼 愿願 戏戲 战戰 执執 扩擴 扫掃 扬揚 扰擾 护護 抢搶 担擔 拟擬 拥擁 择擇 挂掛 挤擠 挥揮 ' +
  '据據 摄攝 摆擺 摇搖 敌敵 数數 断斷 无無 旧舊 显顯 晒曬 晓曉 暂暫 术術 机機 杀殺 杂雜 权權 条條 杨楊 极極 ' +
  '构構 枪槍 柜櫃 标標 栏欄 树樹 桥橋 档檔 梦夢 检檢 楼樓 横橫 欢歡 欧歐 残殘 毕畢 气氣 汇匯 汉漢 汤湯 沟溝 ' +
  '泪淚 泽澤 洁潔 浅淺 测測 济濟 浓濃 涂塗 润潤 涨漲 渐漸 温溫 湾灣 湿濕 满滿 滚滾 灭滅 灯燈 灵靈 灾災 烂爛 ' +
  '热熱 烟煙 烦煩 烧燒 爱愛 爷爺 牵牽 犹猶 独獨 狮獅 猎獵 献獻 环環 玛瑪 画畫 畅暢 疗療 疯瘋 盖蓋 盘盤 监監 ' +
  '础礎 离離 种種 称稱 稳穩 穷窮 窃竊 竞競 笔筆 简簡 类類 粮糧 紧緊 纠糾 红紅 约約 级級 纪紀 纯純 纳納 纸紙 ' +
  '线線 练練 组組 细細 织織 终終 绍紹 结結 绕繞 绘繪 络絡 绝絕 统統 继繼 绩績 续續 维維 综綜 绿綠 缓緩 编編 ' +
  '缘緣 缩縮 罗羅 罚罰 职職 聪聰 肃肅 肤膚 肿腫 胁脅 胆膽 胜勝 脑腦 脚腳 脸臉 腾騰 舰艦 艺藝 节節 苏蘇 荐薦 ' +
  '药藥 获獲 营營 蓝藍 虑慮 虚虛 虽雖 补補 衬襯 袜襪 装裝 观觀 规規 视視 览覽 觉覺 计計 讨討 训訓 议議 讯訊 ' +
  '讲講 许許 论論 设設 访訪 证證 评評 识識 诉訴 词詞 译譯 试試 诗詩 详詳 语語 误誤 读讀 课課 调調 谈談 负負 ' +
  '财財 责責 败敗 贩販 贴貼 贵貴 贺賀 资資 赔賠 赛賽 赶趕 赵趙 跃躍 踪蹤 轨軌 轮輪 软軟 轻輕 载載 较較 辆輛 ' +
  '输輸 辞辭 达達 迁遷 迈邁 远遠 违違 连連 迟遲 选選 逻邏 遗遺 邻鄰 郑鄭 酱醬 释釋 鉴鑒 针針 钟鐘 钢鋼 钥鑰 ' +
  '铁鐵 链鏈 销銷 锁鎖 锅鍋 键鍵 镜鏡 闪閃 闭閉 闯闖 闲閒 闹鬧 闻聞 阅閱 队隊 阳陽 阴陰 阵陣 阶階 际際 陆陸 ' +
  '险險 随隨 隐隱 难難 雾霧 静靜 韩韓 页頁 顶頂 项項 顺順 须須 顾顧 顿頓 预預 领領 频頻 额額 风風 飞飛 饭飯 ' +
  '饮飲 饰飾 饱飽 馆館 马馬 驱驅 驶駛 验驗 骗騙 鱼魚 鸟鳥 鸡雞 麦麥 齐齊 齿齒 龙龍 龟龜 赠贈';

// Traditional characters whose simplified counterpart is ambiguous (so the pair is not above).
const EXTRA_TRADITIONAL = '裡裏後幹隻係餘範衝鬆錶穀醜捲製徵捨鬥劃夥夠準麵髮臺檯颱於雲週';

// Shinjitai and kokuji that neither Simplified nor Traditional Chinese uses.
const JAPANESE_ONLY = '気払込様売発円変関楽済戻駅図読続労営単検転経辺帰対実広価歳覧応弁沢鉄銭県伝浜働枠';

function buildSets(): { simplified: Set<number>; traditional: Set<number>; japanese: Set<number> } {
  const simplified = new Set<number>();
  const traditional = new Set<number>();
  for (const pair of PAIRS.split(' ')) {
    const [simp, trad] = Array.from(pair);
    if (simp === undefined || trad === undefined || simp === trad) continue;
    simplified.add(simp.codePointAt(0)!);
    traditional.add(trad.codePointAt(0)!);
  }
  for (const char of EXTRA_TRADITIONAL) traditional.add(char.codePointAt(0)!);
  const japanese = new Set<number>();
  for (const char of JAPANESE_ONLY) japanese.add(char.codePointAt(0)!);
  // A character listed on both sides proves nothing either way.
  for (const cp of simplified) {
    if (traditional.has(cp)) {
      simplified.delete(cp);
      traditional.delete(cp);
    }
  }
  return { simplified, traditional, japanese };
}

const SETS = buildSets();

/** Code points used only in Simplified Chinese. */
export const SIMPLIFIED_ONLY: ReadonlySet<number> = SETS.simplified;
/** Code points used only in Traditional Chinese. */
export const TRADITIONAL_ONLY: ReadonlySet<number> = SETS.traditional;
/** Kanji forms used in Japanese but in neither Chinese script. */
export const JAPANESE_ONLY_KANJI: ReadonlySet<number> = SETS.japanese;
