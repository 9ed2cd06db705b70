"""Offline extractor: tickets written in Japanese, read by the small table of ``patterns_japanese``.

Japanese has no spaces and denies after the verb, so the table carries its own denials, questions and
hypotheses; the gate and the pattern optimiser must not wait for a word boundary between two kana or kanji.
"""

from __future__ import annotations

import re

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

from triage.extractors.reopt import compile_fast
from triage.extractors.rules import RulesExtractor
from triage.tickets import Ticket

REPORTS: dict[str, tuple[str, str, str]] = {
    "everyone locked out": (
        "OUT1",
        "今朝9時から社員全員がログインできません。",
        "もし社員全員がログインできない場合は、どこに連絡すればよいですか？"),
    "an unknown user downloaded our list": (
        "SEC1",
        "見覚えのないユーザーが昨夜ログインして、顧客リストをダウンロードしていました。",
        "見覚えのないユーザーがログインした場合、通知は届きますか？"),
    "tasks gone": (
        "SEC4",
        "昨日から「営業」プロジェクトのタスクが全部消えてしまいました。",
        "タスクが消えたと思いましたが、フィルターがかかっていただけでした。"),
    "a lawyer and legal action": (
        "LEG1",
        "来週までにデータが戻らなければ、弁護士と相談のうえ法的措置を取ります。",
        "弁護士事務所です。案件管理にTeamFlowを使えますか？"),
    "a flaw anyone can use": (
        "SEC2",
        "URLの数字を変えると、他社のプロジェクトが誰でも見られる状態です。",
        "脆弱性診断の報告書を提出していただけますか？"),
    "pages slow for seconds": (
        "TEC5",
        "ボードを開くのに毎回30秒ほどかかります。",
        "返信に3日ほどかかりますか？"),
    "an integration stopped delivering": (
        "TEC4",
        "Slack連携でタスクの通知が届かなくなりました。",
        "Slack連携の設定方法を教えてください。"),
    "my personal data erased": (
        "LEG4",
        "退会したので、私の個人データをすべて削除してください。",
        "タスクを削除してください。"),
    "billed twice, other firms too": (
        "FIN1",
        "今月、同じ請求書で二重に請求されました。取引先の他の会社も同じだそうです。",
        "二重に請求された場合、返金はどうなりますか？"),
    "criticism spreading on social media": (
        "SAT4",
        "Xで御社のサービスについての批判的な投稿が拡散しています。",
        "Xで御社の新機能についての投稿を見ました。"),
    "a manager asked for": (
        "SAT2",
        "何度問い合わせても解決しません。責任者と話をさせてください。",
        "責任者と話をする必要はありません、解決しました。"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a question about past breaches": ("SEC1", "御社は過去に不正アクセスを受けたことはありますか？", None),
    "a drill": ("SEC1", "来月、情報漏洩を想定した訓練を行います。", None),
    "notifications that stopped are not data gone": ("SEC4", "Slack連携でタスクの通知が届かなくなりました。", None),
    "no trace of an intrusion": ("SEC1", "調査の結果、不正アクセスの形跡はありませんでした。", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_former_contractors_download_is_data_seen() -> None:
    found = signals("契約を終了した元委託先の担当者が、無効化したはずのアカウントでログインし、顧客リストをダウンロード"
                    "していました。")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_the_optimiser_needs_no_word_boundary_between_kana() -> None:
    assert compile_fast("ログイン|持ち出").search("顧客データの持ち出しについて") is not None
    assert compile_fast("down|outage").search("lockdown") is None  # Latin phrases still start at a word


def test_japanese_sentences_end_at_the_full_stop() -> None:
    found = signals("昨日から「営業」プロジェクトのタスクが全部消えてしまいました。"
                    "フィルターの設定方法も教えてください。")
    hit = next(h for h in found.hits if h.criterion == "SEC4")
    assert re.search("フィルター", hit.evidence) is None


def test_first_line_routing_reads_japanese() -> None:
    def topic_of(body: str) -> str:
        return RulesExtractor().extract(Ticket(body=body)).signals.topic

    assert topic_of("パスワードを忘れてしまい、ログインできません。") == "technical"
    assert topic_of("Proプランに切り替えた場合の月額の料金を教えてください。") == "billing"
    assert topic_of("ガントチャートで依存関係を設定する方法を教えてください。") == "product"
