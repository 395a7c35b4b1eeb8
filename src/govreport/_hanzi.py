"""Traditional characters as simplified ones, for recognising words (never for the text itself).

Some reports are published in traditional characters (``小龍門鄉2024年法治政府建設情況報告``).
The importer and the checks match words such as 报告, 发布时间 or 第一责任人 on
:func:`simplified` keys, while the report keeps the characters it was written in.
The table covers the characters of the words the library looks for and the
common ones around them; a character it does not know stays as it is.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["simplified"]

_PAIRS: Final = (
    "報报 設设 況况 發发 佈布 時时 間间 責责 開开 關关 縣县 區区 鎮镇 鄉乡 辦办 廳厅 務务 號号 來来 頁页 "
    "當当 簡简 體体 無无 礙碍 閉闭 覽览 資资 訊讯 條条 實实 總总 結结 規规 劃划 計计 進进 舉举 績绩 "
    "問问 題题 與与 會会 議议 員员 長长 導导 織织 領领 黨党 據据 統统 項项 門门 龍龙 檢检 證证 權权 "
    "處处 罰罚 執执 並并 級级 機机 構构 組组 負负 職职 層层 決决 審审 復复 訴诉 訟讼 應应 請请 數数 "
    "個个 萬万 億亿 兩两 餘余 約约 場场 戶户 參参 們们 這这 為为 爲为 從从 將将 學学 習习 傳传 論论 "
    "護护 環环 經经 濟济 營营 業业 歲岁 書书 記记 範范 圍围 點点 網网 頭头 義义 違违 達达 強强 堅坚 "
    "貫贯 徹彻 紮扎 壓压 擔担 風风 險险 糾纠 紛纷 調调 難难 標标 準准 線线 優优 質质 價价 專专 週周 "
    "歷历 曆历 東东 農农 鄰邻 興兴 續续 繼继 讀读 圖图 畫画 類类 視视 頻频 廣广 蓋盖 極极 積积 動动 "
    "協协 輔辅 補补 態态 勢势 則则 盡尽 損损 隊队 衛卫 電电 話话 訪访 觀观 幹干 現现 閱阅 鍵键 響响 "
    "願愿 選选 憲宪 師师 顧顾 爭争 緊紧 認认 識识 討讨 詢询 諮咨 複复 雜杂 採采 購购 產产 財财 費费 "
    "稅税 遞递 樣样 種种 稱称 異异 獨独 齊齐 滿满 溝沟 僅仅 對对 錄录 鑑鉴 驗验 監监 狀状 後后 裡里 "
    "裏里 勵励 獎奖 懲惩 隨随 節节 誤误 錯错 訂订 頒颁 廢废 嚴严 肅肃 歸归 檔档 紀纪 級级 樹树 "
    "辭辞 聯联 絡络 徵征 僱雇 勞劳 醫医 療疗 藥药 壽寿 衝冲 擊击 殘残 災灾 縮缩 戰战 蘇苏 廳厅 "
    "鬥斗 幾几 雙双 齡龄 盤盘 禮礼 築筑 車车 軍军 輕轻 較较 運运 過过 還还 邊边 遠远 適适 選选 "
    "憑凭 慮虑 戲戏 戶户 稅税 勸劝 億亿 碼码 號号 錢钱 鐵铁 銷销 鏈链 閣阁 闢辟 陽阳 陰阴 陸陆 "
    "隱隐 雖虽 雲云 靈灵 韓韩 項项 順顺 須须 頌颂 預预 額额 顏颜 飛飞 飯饭 館馆 驅驱 體体 鮮鲜 "
    "麥麦 齊齐 務务 賦赋 賠赔 資资 贊赞 趙赵 躍跃 軟软 輸输 轉转 辦办 這这 連连 週周 鄭郑 醜丑 "
    "長长 閩闽 鬧闹 讓让 貝贝 負负 貢贡 貧贫 貸贷 貿贸 賀贺 賓宾 賣卖 賬账 賴赖 購购 賽赛"
)
_TABLE: Final = str.maketrans({pair[0]: pair[1] for pair in _PAIRS.split()})
# str.translate looks every character up in a dict: a character class finds out first, in C,
# whether there is anything to translate (most reports are in simplified characters).
_TRADITIONAL: Final = re.compile("[" + "".join(pair[0] for pair in _PAIRS.split()) + "]")


def simplified(text: str) -> str:
    """*text* with the traditional characters the table knows written in simplified ones.

    >>> simplified("小龍門鄉2024年法治政府建設情況報告")
    '小龙门乡2024年法治政府建设情况报告'
    """
    return text.translate(_TABLE) if _TRADITIONAL.search(text) else text
