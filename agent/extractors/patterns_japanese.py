"""Phrase rules for tickets written in Japanese, one small table for every criterion group.

Japanese puts no spaces between words and denies after the verb ("不正アクセスではありません"), so these rules
never use the negation guard before the anchor: each one lists the denials, questions and hypotheticals that
follow it in ``unless``. The gate's anchors work unchanged (no Latin letter sits beside a kana or a kanji), and
the prefilter lets patterns without Latin words through, so only tickets with these anchors pay for them.
"""

from __future__ import annotations

from .lexicon import Rule, rule, words
from .reopt import compile_fast

#: Kana in the text: the cheap test that decides whether the Japanese readings run at all.
JAPANESE_SCRIPT = compile_fast(r"[\u3040-\u30ff]")

#: Taken back or denied after the fact: "形跡はありませんでした", "ではありません", "復旧しました".
_DENIED = (r"形跡は(?:ありません|ない|なし|見当たりません)|(?:では|じゃ)(?:ありません|なく|ない(?!か))|"
           r"心配(?:は|も)?(?:ありません|ない)|問題(?:は)?ありません|解決しました|解決済み|復旧しました|元に戻りました|"
           r"見つかりました|勘違い|誤解でした|私のミス|自分のミス|こちらのミス")
#: An information question or a hypothesis: "ですか", "でしょうか", "もし", "万が一", "場合は"; a request
#: ("いただけますか") is none.
_ASKED = (r"(?:ですか|(?<!いただけ)(?<!もらえ)(?<!頂け)ますか|(?<!ます)でしょうか|ありますか|ませんか|"
          r"可能か|教えてください|"
          r"教えて下さい)|[?]\s*$|"
          r"もし|万が一|万一|仮に|としたら|場合(?:は|に|の)|想定|訓練|演習|研修|セミナー|ニュース|記事")
_NOT_NOW = _DENIED + "|" + _ASKED
JAPANESE_DENIED = compile_fast(_DENIED)
#: Work the customer keeps in the product.
_OUR_WORK = (r"タスク|プロジェクト|データ|ファイル|添付|コメント|ボード|カード|履歴|記録|資料|書類|リスト|一覧|"
             r"スケジュール|ガント|カンバン|タイムライン|ワークスペース")
#: Signing in, looking, taking: what an intruder does.
_ACCESS = r"ログイン|サインイン|アクセス|ダウンロード|エクスポート|閲覧|見られ|見え|持ち出|接続|入られ|操作"
#: The whole team or several customers, not one user.
_EVERYONE = (r"全員|全社|社員全員|誰も|だれも|全ユーザー|すべてのユーザー|全ての利用者|全拠点|全店舗|どの端末|"
             r"どのブラウザ|他の会社|他社も|取引先も|あちらの会社でも|社内の誰も|お客様全員|全部の|すべての|数社|何社|各社|他のお客様|他の利用者")
#: A fault in the product: cannot, does not show, stops, errors.
_FAULT = (r"できない|できません|できず|されない|されません|表示されない|表示されません|動かない|動きません|"
          r"止まって|止まり|エラー|不具合|バグ|失敗|反映されない|反映されません|保存されない|保存されません|"
          r"開けない|開けません|開かない|開きません|落ちて|おかしい")

JAPANESE: tuple[Rule, ...] = (
    # -- security --------------------------------------------------------------------------------
    rule("SEC1", words("不正アクセス|不正ログイン|情報漏洩|情報漏えい|個人情報の漏洩|個人情報の漏えい|流出して|"
                       "流出した|流出しています|漏洩して|漏えいして|乗っ取られ|アカウントが乗っ取"),
         unless=_NOT_NOW, negatable=False, guard="none", name="SEC1-ja-breach"),
    rule("SEC1", words("心当たりのない|身に覚えのない|覚えのない|見覚えのない|見知らぬ|知らない人|知らないユーザー|"
                       "誰だか分からない|退職者|退職した|元社員|元従業員|元委託先|元担当者|契約を終了した|"
                       "無効化したはず|無効化したつもり|削除したはず|外したはず|第三者が|第三者に|海外のip|海外からのログイン|"
                       "海外のアドレスから"),
         need=_ACCESS, unless=_NOT_NOW, negatable=False, guard="none", name="SEC1-ja-stranger-got-in"),
    rule("SEC1", words("他社のデータ|他の会社のデータ|別の会社のデータ|他社の顧客|他のお客様のデータ|"
                       "他の利用者のデータ|他のユーザーのデータ|別の会社の"),
         need=r"見え|表示|届い|送られ|開い|閲覧|見られ|出てき", unless=_NOT_NOW, negatable=False, guard="none",
         name="SEC1-ja-someone-elses-records"),
    # a lure sent from a member's account: "リンク先はTeamFlowに似たログイン画面です"
    rule("SEC3", words("に似たログイン画面|に似たログインページ|偽のログイン画面|偽物のログイン|偽のログインページ|"
                       "偽サイト"),
         doc_need=r"リンク|メッセージ|メール|送って|送られ|届い", unless=_NOT_NOW, negatable=False, guard="none",
         name="SEC3-ja-lookalike-login"),
    # a private project found on the web: "「非公開」に設定しているのですが ... Google検索で ... 表示されます"
    rule("SEC1", words("google検索|グーグル検索|検索結果に|ネットで見られ|ネット上で見られ|ネットに出て|"
         "ネット上に出て"),
         need=r"表示|出て|見られ|見え|載って", doc_need=r"非公開|誰にも送っていません|誰にも共有していません|"
              r"共有していない",
         unless=_NOT_NOW, negatable=False, guard="none", name="SEC1-ja-private-found-online"),
    # "登録メールアドレスも知らないアドレスに変わっていました": the account taken over
    rule("SEC1", words("知らないアドレスに変わ|知らないアドレスに変更|勝手に変更され|勝手に変わって|勝手にパスワード|"
                       "勝手にメールアドレス|見覚えのないアドレス"),
         need=r"アドレス|パスワード|メール|アカウント", unless=_NOT_NOW, negatable=False, guard="none",
         name="SEC1-ja-account-taken-over"),
    rule("SEC2", words("脆弱性|セキュリティホール|セキュリティ上の欠陥|セキュリティ上の問題|認証を回避|"
                       "ログインせずに|誰でも見られる|誰でも閲覧できる|誰でもアクセスできる|権限がないのに|"
                       "権限のないユーザー"),
         unless=_NOT_NOW + r"|診断(?:書|結果)?を|報告書|チェックシート|質問票|アンケート",
         negatable=False, guard="none", name="SEC2-ja-flaw"),
    rule("SEC3", words("フィッシング|マルウェア|ランサムウェア|ウイルス|なりすまし|スパムが送|スパムメールが送|"
                       "そっくりのページ|ログイン画面そっくり|偽のログイン|偽物のログイン|偽サイト|偽のページ|"
                       "不審なメールが|大量のログイン試行|ブルートフォース"),
         unless=_NOT_NOW + r"|対策(?:は|について)|注意喚起", negatable=False, guard="none",
         name="SEC3-ja-malicious"),
    # "タスクが全部消えてしまいました"; a verb before なくなる only stopped ("届かなくなりました"), so the noun's が or
    # も
    # comes with it
    rule("SEC4", words("消えて|消えました|消えた|消失|がなくなって|がなくなりました|がなくなった|が無くなって|"
                       "もなくなって|もなくなりました|全部なくなって|すべてなくなって|削除されて|削除されました|"
                       "文字化け|破損|壊れて|復元できない|復元できません|戻らない|戻りません|空になって|空っぽ"),
         need=_OUR_WORK,
         unless=_NOT_NOW + r"|フィルター|フィルタ|アーカイブ|ゴミ箱から(?:復元|戻)|自分で削除|誤って削除|"
                          r"ボタンが消え|アイコンが消え|メニューが消え|表示が消え",
         negatable=False, guard="none", name="SEC4-ja-data-gone"),
    rule("SEC5", words("違反して|違反しています|違反しており|法令違反|域外に保存|国外に保存|海外のサーバーに保存|"
                       "同意なく|同意を得ずに"),
         need=r"個人情報|個人データ|gdpr|hipaa|soc ?2|保護法|プライバシー|データ保護|契約",
         unless=_NOT_NOW, negatable=False, guard="none", name="SEC5-ja-violation"),
    # -- outages -----------------------------------------------------------------------------------
    rule("OUT1", words("つながらない|繋がらない|つながりません|繋がりません|接続できない|接続できません|"
                       "アクセスできない|アクセスできません|ログインできない|ログインできません|利用できない|"
                       "利用できません|使えない|使えません|ダウンして|落ちて|真っ白|サービスが停止|サービス停止|"
                       # "社内の誰もTeamFlowを開くことができません"
                       "開けない|開けません|開くことができ|開かない|開きません|入れない|入れません"),
         need=_EVERYONE + r"|サービス全体|全体が|サイト全体|ワークスペース全体", unless=_NOT_NOW,
         negatable=False, guard="none", name="OUT1-ja-everyone-locked-out"),
    rule("OUT2", words("apiが|apiの応答|apiがエラー|api連携が全|apiが止ま|rest api|apiへの|api.teamflow.com"),
         need=r"5\d\d|エラー|応答しない|応答がない|止ま|落ち|タイムアウト",
         doc_need=_EVERYONE + r"|複数|他社|別会社|取引先の[^。]{0,40}も",
         unless=_NOT_NOW, negatable=False, guard="none", name="OUT2-ja-api-down"),
    rule("OUT4", words("データベースに接続できません|データベースに接続できない|データベースエラー|"
                       "データベースへの接続|dbに接続できません|dbに接続できない|データベース接続"),
         unless=_NOT_NOW, negatable=False, guard="none", name="OUT4-ja-database"),
    # -- legal -------------------------------------------------------------------------------------
    rule("LEG1", words("弁護士|訴訟|法的措置|法的手段|損害賠償|裁判|提訴|訴えます|訴える|内容証明"),
         unless=_NOT_NOW + r"|法律事務所です|弁護士事務所です|事務所の案件|案件管理|顧客の訴訟|依頼者", negatable=False,
         guard="none", name="LEG1-ja-legal-action"),
    rule("LEG2", words("個人情報保護委員会|監督官庁|行政指導|規制当局|当局から|監査法人から|監督機関"),
         # the request may follow the sender's introduction: "個人情報保護委員会事務局の佐藤と申します。...
         # ご報告をお願い"
         doc_need=r"求め|提出|報告|照会|調査|問い合わせ|確認|説明", unless=_ASKED.replace("|訓練|演習|研修", ""),
         negatable=False, guard="none", name="LEG2-ja-regulator"),
    rule("LEG3", words("裁判所の命令|文書提出命令|差押|開示請求|令状|捜査関係事項照会|警察から"),
         unless=_ASKED, negatable=False, guard="none", name="LEG3-ja-legal-demand"),
    rule("LEG4", words("データの削除を|個人データを削除|個人情報を削除|忘れられる権利|削除請求|消去を求め|"
                       "消去を請求|削除を求め|削除を請求"),
         unless=r"(?:ですか|ますか|でしょうか|方法)", negatable=False, guard="none", name="LEG4-ja-erasure"),
    # "私の個人データをすべて削除してください": the request itself, the personal data named in the sentence
    rule("LEG4", words("削除してください|削除して下さい|削除をお願い|消去してください|消去して下さい|消去をお願い"),
         need=r"個人データ|個人情報|私のデータ|私の情報|顧客の情報|会員の情報|gdpr",
         unless=r"(?:ですか|ますか|でしょうか|方法)", negatable=False, guard="none", name="LEG4-ja-erase-my-data"),
    rule("LEG5", words("著作権|商標|特許|無断で使用|無断使用|盗用|知的財産"),
         unless=_NOT_NOW, negatable=False, guard="none", name="LEG5-ja-ip"),
    # -- priority ----------------------------------------------------------------------------------
    rule("FIN1", words("二重請求|重複請求|二重に請求|請求が二重|誤った請求|請求額が間違"),
         doc_need=_EVERYONE + r"|複数|他社|他の会社", unless=_NOT_NOW, negatable=False, guard="none",
         name="FIN1-ja-billing-error-for-many"),
    rule("FIN2", words("決済ができない|決済できない|決済できません|決済エラー|カードが通らない|カードが通りません|"
                       "支払いができない|支払いができません|支払いが完了しない|決済代行"),
         unless=_NOT_NOW, negatable=False, guard="none", name="FIN2-ja-payment-fails"),
    rule("FIN3", words("返金|払い戻し"), unless=r"(?:ですか|ますか|でしょうか)|ポリシー|規定を", negatable=False,
         guard="none", name="FIN3-ja-refund"),
    rule("FIN4", words("収益認識|売上計上|売上の計上|前受金"), unless=_ASKED, negatable=False, guard="none",
         name="FIN4-ja-revenue"),
    rule("FIN5", words("契約の変更|契約内容の変更|契約条件の変更|契約を変更|契約変更"), unless=_DENIED,
         negatable=False, guard="none", name="FIN5-ja-contract-change"),
    rule("ENT3", words("専任の担当者|専任担当|カスタマーサクセスマネージャー|専任のcsm|担当のcsm"),
         unless=_DENIED, negatable=False, guard="none", name="ENT3-ja-success-manager"),
    rule("ENT4", words("カスタム連携|独自連携|個別連携|カスタムインテグレーション"), need=_FAULT, unless=_NOT_NOW,
         negatable=False, guard="none", name="ENT4-ja-custom-integration"),
    rule("ENT5", words("ホワイトラベル|oem版|自社ブランド"), need=_FAULT, unless=_NOT_NOW, negatable=False,
         guard="none", name="ENT5-ja-white-label"),
    rule("HVA3", words("解約を検討|解約します|解約する予定|契約を更新しない|更新しない予定|乗り換えを検討"),
         unless=_DENIED, negatable=False, guard="none", name="HVA3-ja-churn"),
    rule("HVA4", words("競合他社|他社から提案|他社の見積|他社に乗り換え|他社製品"), unless=_DENIED, negatable=False,
         guard="none", name="HVA4-ja-competitor"),
    rule("HVA5", words("ライセンスを追加|ライセンスの追加|席を追加|アカウントを追加で|全社展開|導入拡大|利用拡大"),
         unless=_DENIED, negatable=False, guard="none", name="HVA5-ja-expansion"),
    # -- standard ----------------------------------------------------------------------------------
    rule("TEC3", words("タスク|プロジェクト|ボード|ガント|カンバン|タイムライン|コメント|添付|ファイル|通知|"
                       "ログイン|エクスポート|同期"),
         need=_FAULT, unless=_NOT_NOW + r"|連携|slack|teams|google|salesforce|遅い|重い|時間がかかる|"
                                        r"パスワードを忘れ|パスワードが分からな|パスワードがわからな",
         negatable=False, guard="none", name="TEC3-ja-core-bug"),
    rule("TEC4", words("連携"), need=_FAULT + r"|届かない|届きません|届かなく|来ない|来ません|来なく|されなく",
         unless=_NOT_NOW + r"|カスタム連携|独自連携", negatable=False, guard="none", name="TEC4-ja-integration"),
    rule("TEC5", words("遅い|遅く|重い|重く|時間がかかる|時間がかかります|タイムアウト|読み込みが|待たされ"),
         unless=_NOT_NOW + r"|返信が遅|対応が遅|回答が遅", negatable=False, guard="none", name="TEC5-ja-slow"),
    # "開くのに毎回20〜30秒ほどかかる": the wait itself, counted (a digit may stand right before the unit)
    rule("TEC5", words("かかる|かかります|かかって|かかるように"), need=r"\d\s*(?:秒|分)|数十秒|数分",
         unless=_NOT_NOW + r"|返信|対応|回答|配送|発送", negatable=False, guard="none", name="TEC5-ja-waiting-time"),
    rule("SAT1", words("正式に苦情|苦情を申し立て|正式な苦情|クレームを申し入れ|抗議します"), unless=_DENIED,
         negatable=False, guard="none", name="SAT1-ja-formal-complaint"),
    rule("SAT2", words("責任者と話|責任者に代わ|責任者を出|責任者から|上司と話|上司に代わ|上司を出|上の方と|"
                       "マネージャーと話|マネージャーに代わ"),
         unless=_DENIED, negatable=False, guard="none", name="SAT2-ja-manager"),
    rule("SAT3", words("サポートの対応|対応が遅い|対応がひどい|たらい回し|何度も同じ説明|返信がない|返信がありません|"
                       "回答がない|回答がありません"),
         unless=_DENIED, negatable=False, guard="none", name="SAT3-ja-support-experience"),
    rule("SAT4", words("snsで|sns上|ツイッター|twitterで|xで投稿|口コミサイト|レビューサイト|炎上|投稿が拡散|"
                       "拡散して|拡散され|批判的な投稿|低評価のレビュー"),
         need=r"投稿|書かれ|拡散|話題|批判|苦情|不満|悪い|低評価", unless=_ASKED, negatable=False, guard="none",
         name="SAT4-ja-social"),
    rule("SAT5", words("機能のご要望|機能要望|機能を追加|追加してほしい|追加して欲しい|できるようにしてほしい|"
                       "できるようにして欲しい|機能があると|ご検討ください|ご検討いただけ|機能リクエスト|ご要望です|"
                       "できるようにしていただけ|追加していただけ|ご検討よろしく"),
         unless=_DENIED, negatable=False, guard="none", name="SAT5-ja-feature-request"),
)

#: First-line routing words for a Japanese ticket that meets no criterion: a fault, then money.
JAPANESE_FAULT = compile_fast(_FAULT + r"|ログインできない|ログインできません|パスワードを忘れ|届かない|届きません|"
                              r"うまくいかな|うまく行かな|困って")
JAPANESE_BILLING = compile_fast(r"請求|支払|返金|料金|価格|見積|領収書|インボイス|請求書|月額|年額|カード|決済|"
                                r"プラン(?:の)?(?:変更|切り替え|切替)")

#: Data a stranger or someone gone saw or took: decides SEC1's owner (see ``exposure.py``).
JAPANESE_EXPOSED = compile_fast(
    r"(?:ダウンロード|エクスポート|閲覧|持ち出)(?:して|され|した|し)|流出(?:し|して)|漏洩(?:し|して)|漏えい(?:し|して)|"
    r"見られ(?:た|て)|読まれ(?:た|て)|(?:他社|他の会社|別の会社|知らない人|第三者|他のお客様|他の利用者)[^。]{0,30}"
    r"(?:見え|見られ|届い|送られ|表示され)|(?:取引先ではない方|知らない方|第三者)から[^。]{0,60}見られますよ|"
    r"スクリーンショットが送られて|(?:google|グーグル)検索で[^。]{0,40}(?:表示され|出てき|見られ|載って)")
