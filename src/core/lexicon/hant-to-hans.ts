// Traditional → Simplified characters that occur in form vocabulary. Text and lexicon terms are
// both folded through this map before matching, so 體溫 matches the zh-CN term 体温 and zh-TW.ts
// only needs the words Taiwan and Hong Kong really say differently (身分證字號, 電郵, 手提電話…).
// Pairs are "traditional simplified"; a character missing here simply does not fold (the
// zh-TW lexicon then still matches it literally). Only one-to-one folds that never change the
// meaning of a form word are listed (e.g. 帳 → 帐, not → 账, so both 帐号 and 账号 are in zh-CN).
const PAIRS = `
體体 溫温 證证 號号 碼码 電电 話话 郵邮 齡龄 歷历 觸触 診诊 斷断 檢检 測测 結结 種种 護护 員员 編编
銀银 帳帐 戶户 貫贯 區区 縣县 鄉乡 鎮镇 門门 聯联 絡络 務务 機机 驗验 際际 狀状 況况 發发 燒烧 嗽嗽
咳咳 熱热 頭头 痛痛 喉喉 嚨咙 瀉泻 鼻鼻 塞塞 難难 呼呼 吸吸 嗅嗅 覺觉 無无 異异 常常 確确 疑疑 似似
離离 觀观 察察 陽阳 陰阴 性性 病病 例例 傳传 染染 慢慢 既既 往往 遺遗 精精 神神 殘残 疾疾 障障 礙碍
過过 敏敏 藥药 術术 懷怀 孕孕 吸吸 煙烟 菸烟 飲饮 酒酒 血血 型型 視视 聽听 齡龄 與与 於于 曾曾 經经
歷历 訪访 問问 來来 從从 途途 乘乘 車车 航航 班班 飛飞 境境 風风 險险 區区 域域 軌轨 跡迹 蹤踪 遊游
旅旅 行行 程程 卡卡 康康 綠绿 黃黄 紅红 碼码 臉脸 頰颊 攝摄 像像 張张 貼贴 傳传 圖图 檔档 錄录 視视
簽签 顏颜 色色 銀银 賬账 戶户 開开 帳帐 號号 卡卡 碼码 學学 職职 員员 工工 編编 號号 籍籍 貫贯 現现
住住 址址 詳详 細细 單单 位位 業业 務务 裡里 裏里 處处 樓楼 層层 鄰邻 里里 縣县 鄉乡 鎮镇 區区 市市
國国 際际 華华 灣湾 臺台 們们 個个 們们 這这 請请 輸输 填填 寫写 選选 擇择 項项 認认 讀读 該该 書书
說说 明明 備备 註注 聲声 隱隐 私私 資资 料料 蒐搜 集集 處处 理理 權权 利利 協协 議议 條条 款款 時时
間间 週周 歲岁 齡龄 年年 約约 實实 際际 幾几 歲岁 齊齐 辦办 費费 貨货 價价 錢钱 紀纪 錄录 稱称 標标
題题 專专 業业 課课 級级 園园 廠厂 庫库 濕湿 溼湿 氣气 設设 備备 櫃柜 爐炉 裝装 態态 評评 滿满 意意
搜搜 尋寻 詢询 關关 鍵键 字字 密密 驗验 證证 訂订 單单 團团 隊队 會会 議议 室室 網网 鏈链 結结 務务
伺伺 服服 器器 統统 稅税 發发 票票 額额 預预 算算 數数 點点 經经 緯纬 度度 標标 們们 獲获 取取 當当
前前 實实 時时 置置 親亲 屬属 戚戚 兒儿 軍军 証证 護护 僑侨 鄉乡 臨临 時时 監监 歸归 港港 輪轮 轉转 匯汇 廠厂 個个 報报 檔档 誌志 們们 緊紧
急急 連连 絡络 聯联 係系 繫系 屬属 患患 者者 醫医 療疗 院院 藥药 劑剂 針针 疫疫 苗苗 強强 們们 應应
`;

export const HANT_TO_HANS: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/\s+/)
    .filter((pair) => pair.length === 2)
    .map((pair) => [pair[0]!, pair[1]!] as const)
    .filter(([trad, simp]) => trad !== simp),
);
