"""Every user-facing word of the outputs, in English and French, in one place.

French follows the register of the source report: inclusive wording ("personnes
répondantes"), a non-breaking space before %, ;, : and inside « », decimal comma.
"""

from __future__ import annotations

from numbers import Integral

NBSP = "\u00a0"

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "or": "or",
        "quoted": "“{text}”",
        "out_of": " out of {top}",
        "out_of_low_best": " out of {top}, {best} being the best",
        "question": "Question",
        "extra_na_one": "; {count} answered “not applicable”",
        "sentence_agreement": "{pct} of respondents agreed with “{label}” ({labels}, "
        "{positive} of {valid}{extra}).",
        "sentence_satisfaction": "{pct} of respondents were satisfied with “{label}” ({labels}, "
        "{positive} of {valid}{extra}).",
        "sentence_favourability": "{pct} of respondents viewed “{label}” favourably ({labels}, "
        "{positive} of {valid}{extra}).",
        "sentence_usefulness": "{pct} of respondents found “{label}” useful ({labels}, "
        "{positive} of {valid}{extra}).",
        "sentence_interest": "{pct} of respondents found “{label}” interesting ({labels}, "
        "{positive} of {valid}{extra}).",
        "sentence_ease": "{pct} of respondents found “{label}” easy ({labels}, "
        "{positive} of {valid}{extra}).",
        "sentence_quality": "{pct} of respondents rated “{label}” highly ({labels}, "
        "{positive} of {valid}{extra}).",
        "sentence_rating": "{pct} of respondents rated “{label}” highly ({labels}, "
        "{positive} of {valid}{extra}).",
        "sentence_yesno": "{pct} of respondents said yes to “{label}” ({positive} of {valid}{extra}).",
        "nps_sentence": "“{label}”: {pct} of respondents are promoters, who answered 9 or 10 "
        "out of 10 ({positive} of {valid}{extra}).",
        "heading_sentence": "“{label}”: {pct} {labels} ({positive} of {valid}{extra}).",
        "comments_sentence_one": "1 respondent wrote a comment in “{label}”.",
        "comments_heading": "“{label}”: {count} respondents wrote a comment.",
        "comments_heading_one": "“{label}”: 1 respondent wrote a comment.",
        "method_positive": "% positive = the share of valid answers that are {parts}; “not "
        "applicable” and blank answers are excluded. {interval}",
        # the interval in plain words, then its method's name
        "method_interval": "Interval ({ci}): the margin of error that comes from the number of "
        "answers (Wilson score).",
        "method_interval_fpc": "Interval ({ci}): where the share among all {attendees} attendees "
        "probably lies, if those who answered are like those who did not (Wilson score, with "
        "the finite-population correction).",
        "method_part": "{labels} ({count} {noun})",
        "method_bounds": " “If all had answered”: the range of the share if every "
        "non-respondent had answered against / for.",
        "noun_statement_one": "statement",
        "noun_statement": "statements",
        "noun_question_one": "question",
        "noun_question": "questions",
        "item": "Item",
        "positive": "% positive",
        "n": "n",
        "ci": "{level} CI",
        "na": "N/A",
        "blank": "Blank",
        "bounds": "If all had answered",
        "edition_name": "Forum {year}",
        "file_title": "{name}",
        "respondents_line": "{respondents} respondents of {attendees} attendees, response rate {rate}",
        "respondents_line_unknown": "{respondents} respondents (number of attendees unknown)",
        "respondents_line_unknown_one": "1 respondent (number of attendees unknown)",
        "header_rate": "{respondents} of the {attendees} participants answered the evaluation form "
        "(response rate {rate}).",
        "header_no_rate": "{respondents} people answered the evaluation form.",
        "header_no_rate_one": "1 person answered the evaluation form.",
        "item_sentence": "{pct} of respondents {statement} ({positive} of {valid}{extra}).",
        "extra_na": "; {count} answered “not applicable”",
        "extra_nps": "; Net Promoter Score {nps}",
        "no_valid": "No valid answer to “{label}”.",
        "choice_sentence": "{label}: {parts} (of {valid} who answered).",
        "choice_heading": "“{label}”: {parts} (of {valid} who answered).",
        "choice_sentence_one": "{label}: {parts} (the only respondent who answered).",
        "choice_heading_one": "“{label}”: {parts} (the only respondent who answered).",
        "choice_part": "{category} {count}",
        "comments_sentence": "{count} respondents wrote a comment in “{label}”.",
        "note_reconstruction": "Note: the individual answers of this edition are a reconstruction "
        "consistent with the published figures, not the real forms.",
        "note_synthetic": "Note: the answers of this edition are synthetic (illustrative, not real data).",
        "excluded": "Rows not counted as respondents: {parts}.",
        "reason_empty": "empty",
        "reason_incomplete": "incomplete",
        "reason_preview": "previews",
        "reason_duplicate": "exact duplicates",
        "reason_empty_one": "empty",
        "reason_incomplete_one": "incomplete",
        "reason_preview_one": "preview",
        "reason_duplicate_one": "exact duplicate",
        "reason_rejected": "rejected in the platform's review",
        "reason_rejected_one": "rejected in the platform's review",
        "summary_title": "Evaluation summary",
        "narrative_title": "In words",
        "table_title": "Figures",
        "of": "of",
        # --- comments, privacy and breakdowns (issue 6) ---
        "redacted": "[redacted]",
        "cm_title": "Themes of the comments",
        "cm_line": "{who} ({total})",
        "cm_theme": "Theme",
        "cm_respondents": "Respondents",
        "cm_share": "% of commenters",
        "cm_quotes_title": "Quotes",
        "cm_other": "Other (no theme)",
        "cm_uncoded_title": "Comments that match no theme",
        "cm_uncoded_none": "Every comment matches at least one theme.",
        "cm_sentence": "{count} of the {commenters} respondents who commented raised “{theme}” ({pct}).",
        "cm_method": "A respondent counts once per theme, however many of their comments raise it; "
        "a comment may raise several themes. Themes and keywords: {codebook}. Quotes are short, "
        "focused comments picked by the tool, with e-mail addresses, phone numbers, web "
        "addresses, postal addresses and names replaced by “[redacted]”; they are never "
        "attributed.",
        "cm_redacted_note": "{count} comments had personal details redacted.",
        "cm_chart_axis": "Respondents who raised the theme",
        "cm_chart_subtitle": "{who}; a respondent counts once per theme",
        "cm_chart_source": "Source: evaluation form, open comments, coded with the themes of {codebook}.",
        "cm_commenters_row": "Wrote a comment",
        "bd_title": "By {label}",
        "bd_all": "All",
        "bd_respondents": "Respondents",
        "bd_not_stated": "Not stated",
        "bd_other_values": "Other values",
        "bd_suppressed": "< {k}",
        "bd_cell": "{pct} ({n})",
        "bd_note": "% positive per group, with the number of valid answers in brackets. Cells of "
        "fewer than {k} respondents are hidden (“< {k}”), and so is the next smallest cell of the "
        "row when only one would be, so that no small group can be read or derived from the totals.",
        "bd_sensitive": "This is a self-identification question: it is only shown in breakdowns, "
        "with small groups hidden.",
        "cm_by_note": "Respondents per group who raised each theme. Cells of fewer than {k} are "
        "hidden (“< {k}”), with the next smallest cell of the row when only one would be. No quote "
        "is shown per group.",
        # --- report charts and alt text (issue 3) ---
        "rep_agreement_title": "{title}: agreement with each statement",
        "rep_shares_title": "{title}: % positive per item, with its uncertainty",
        "rep_expertise_title": "{title}: self-rated knowledge of the subject",
        "rep_col_agree": "% agree",
        "rep_col_disagree": "% disagree",
        "rep_axis_agreement": "% of valid answers (the neutral answer is split across 0)",
        "rep_axis_shares": "% positive among valid answers",
        "rep_axis_expertise": "% of the respondents who answered",
        "rep_no_valid": "no valid answer",
        "rep_legend_share": "% positive",
        "rep_legend_ci": "{level} confidence interval",
        "rep_legend_bounds": "range if every attendee had answered",
        "rep_source": "Source: evaluation forms ({file}). n = valid answers; N/A and blank "
        "answers are counted apart, never in the percentages.",
        "rep_alt_agreement": "Diverging bar chart of agreement with {count} statements, {title}, "
        "{respondents}. Agreement ranges from {low} ({low_items}) to {high} ({high_items}).",
        "rep_alt_item": "{label}, {positive} of {valid}",
        "rep_alt_item_na": "{label}, {positive} of {valid}, {na} N/A",
        "rep_alt_disagree": "Most disagreement: {label}, {pct} ({count} of {valid}).",
        "rep_alt_excluded": "N/A and blank answers are not in the percentages.",
        "rep_alt_shares": "Dot chart of the share of positive answers per item with its {level} "
        "confidence interval, {title}, {respondents}. Highest: {high}. Lowest: {low}.",
        "rep_alt_share_item": "{label}, {pct} ({positive} of {valid}; interval {ci})",
        "rep_alt_bounds": "The faint band shows the range if every attendee had answered.",
        "rep_alt_expertise": "Bar chart of self-rated knowledge of the subject, {title}: {parts} "
        "(of {valid} who answered).",
        "rep_alt_synthetic": "Synthetic data.",
        "rep_alt_reconstruction": "Reconstructed data, not the real forms.",
        "rep_charts_title": "Charts",
        "rep_alt_agreement_same": "Diverging bar chart of agreement with {count} statements, "
        "{title}, {respondents}. Every statement reaches {high} ({high_items}).",
        # the expertise chart's note, part by part (singular, and no "0 N/A", "0 blank")
        "rep_expertise_note_who": "n = {valid} valid answers",
        "rep_expertise_note_who_one": "n = 1 valid answer",
        "rep_expertise_note_na": "{na} N/A",
        "rep_expertise_note_blank": "{blank} blank",
        "rep_expertise_note_blank_one": "1 blank",
        "rep_expertise_note_out": "{parts}, not in the percentages",
        # several expertise items on one chart: each note after its item's label
        "rep_expertise_item_note": "{label}: {note}.",
        "separator": "; ",
        "colon": ": ",
        "rep_alt_several": "{count} statements, including {items}",
        "rep_alt_several_items": "{count} items, including {items}",
        "rep_alt_no_valid": "Chart — {title}, {respondents}: no item of this chart has a valid answer "
        "(N/A and blank answers are not in the percentages).",
        "rep_subtitle_synthetic": " · SYNTHETIC DATA (illustrative)",
        "rep_subtitle_reconstruction": " · reconstructed data",
        # --- rating charts other than agreement (diverging bars) ---
        "rep_rating_title_satisfaction": "{title}: satisfaction with each item",
        "rep_kind_satisfaction": "satisfaction",
        "rep_rating_title_favourability": "{title}: opinion of each item",
        "rep_kind_favourability": "favourability",
        "rep_rating_title_quality": "{title}: rated quality of each item",
        "rep_kind_quality": "quality",
        "rep_rating_title_usefulness": "{title}: rated usefulness of each item",
        "rep_kind_usefulness": "usefulness",
        "rep_rating_title_interest": "{title}: interest in each item",
        "rep_kind_interest": "interest",
        "rep_rating_title_confidence": "{title}: confidence on each item",
        "rep_kind_confidence": "confidence",
        "rep_rating_title_ease": "{title}: ease of each item",
        "rep_kind_ease": "ease",
        "rep_rating_title_frequency": "{title}: frequency of each item",
        "rep_kind_frequency": "frequency",
        "rep_rating_title_likelihood": "{title}: likelihood of each item",
        "rep_kind_likelihood": "likelihood",
        "rep_col_negative": "% negative",
        "rep_axis_rating": "% of valid answers",
        "rep_alt_rating": "Diverging bar chart of {kind} for {count} items, {title}, "
        "{respondents}. Positive answers range from {low} ({low_items}) to {high} ({high_items}).",
        "rep_alt_rating_same": "Diverging bar chart of {kind} for {count} items, {title}, "
        "{respondents}. Every item reaches {high} positive answers ({high_items}).",
        "rep_alt_negative": "Most negative answers: {label}, {pct} ({count} of {valid}).",
        # one chart item (issue 17: no "every item" sentence about a single item)
        "rep_alt_agreement_one": "Diverging bar chart of agreement with one statement, {title}, "
        "{respondents}: {high} agree ({high_items}).",
        "rep_alt_rating_one": "Diverging bar chart of {kind} for one item, {title}, "
        "{respondents}: {high} positive answers ({high_items}).",
        # one chart item (for alt.py, issue 17: no "every item" sentence about a single item)
        # --- compare / trend (issue 4) ---
        "cmp_title": "Comparison of editions: {names}",
        "cmp_title_event": "{event}, comparison of editions: {names}",
        "cmp_pair": "{a} → {b}",
        "cmp_change": "Change (pts)",
        "cmp_change_ci": "{level} CI (pts)",
        "cmp_p": "p",
        "cmp_p_ord": "p (all levels)",
        "cmp_q": "q",
        "cmp_verdict": "Verdict",
        "cmp_to": "to",
        "verdict_up": "up",
        "verdict_down": "down",
        "verdict_no_change": "no detectable change",
        "verdict_not_compared": "not compared",
        "cmp_who": "The share of respondents who {statement}",
        "cmp_who_agreement": "The share of respondents who agreed with “{label}”",
        "cmp_who_satisfaction": "The share of respondents who were satisfied with “{label}”",
        "cmp_who_favourability": "The share of respondents who viewed “{label}” favourably",
        "cmp_who_usefulness": "The share of respondents who found “{label}” useful",
        "cmp_who_interest": "The share of respondents who found “{label}” interesting",
        "cmp_who_ease": "The share of respondents who found “{label}” easy",
        "cmp_who_quality": "The share of respondents who rated “{label}” highly",
        "cmp_who_rating": "The share of respondents who rated “{label}” highly",
        "cmp_who_yesno": "The share of respondents who said yes to “{label}”",
        "cmp_who_heading": "“{label}”: the share of positive answers",
        "cmp_sentence": "{who} went from {a} to {b} ({diff} points; {qual}).",
        "cmp_sentence_same": "{who} stayed at {a} ({qual}).",
        "cmp_rest": "The other items did not change by more than chance alone could produce:",
        "cmp_rest_one": "The other item did not change by more than chance alone could produce:",
        "cmp_ordinal_only": "The test on every level of the scale gives {stat} before "
        "adjustment; the verdict rests on the share of positive answers, whose test, adjusted for "
        "the number of items compared, gives {q}, not under the {alpha} threshold.",
        "cmp_share_only": "The test on every level of the scale ({stat}) finds no shift larger "
        "than chance: the verdict rests on the share of positive answers alone ({q}).",
        "cmp_rate_sentence": "The response rate went from {a} ({ra} of {aa}) in {ea} to {b} "
        "({rb} of {ab}) in {eb}: {diff} points, {qual}.",
        "cmp_qual_none": "not a significant change",
        "cmp_qual_up": "a significant increase, {stat}",
        "cmp_qual_down": "a significant decrease, {stat}",
        "cmp_small_n": "; fewer than {n} answers: treat with caution",
        "cmp_not_compared": "“{label}” cannot be compared between {a} and {b}: no valid answer "
        "in {editions}.",
        "cmp_only_in": "Asked only in {edition}, not compared: {labels}.",
        "cmp_only_in_one": "Asked only in {edition}, not compared: {labels}.",
        "cmp_not_comparable": "Not compared (questions whose answers are neither positive nor "
        "negative): {labels}.",
        "cmp_not_comparable_one": "Not compared (a question whose answers are neither positive "
        "nor negative): {labels}.",
        "cmp_rate": "Response rate",
        "cmp_summary_one": "One item changed between {a} and {b} by more than chance alone "
        "could produce: {labels}.",
        "cmp_summary_many": "{count} items changed between {a} and {b} by more than chance alone "
        "could produce: {labels}.",
        "cmp_summary_none": "No item changed between {a} and {b} by more than what chance alone "
        "could produce with these numbers of respondents.",
        "cmp_method_note": "Change = % positive in the later edition minus % positive in the "
        "earlier one, in percentage points, taken from the rounded percentages shown so that it "
        "always matches them; its interval, p and q are computed from the exact counts. "
        "Interval of the change ({level}): the range of "
        "changes compatible with the answers (Newcombe hybrid score, from Wilson intervals without "
        "finite-population correction). p: the probability of a change at least this large if "
        "nothing had changed (Fisher exact test on positive / not positive); p (all levels): the "
        "same on every level of the scale (Mann–Whitney test, normal approximation with tie "
        "correction). q: p adjusted because several items are compared at once, so that chance "
        "is not taken for a change (Benjamini–Hochberg). A change is called real when q < {alpha}.",
        "cmp_note_synthetic": "the answers of {editions} are synthetic (illustrative, not real data)",
        "cmp_note_reconstruction": "the individual answers of {editions} are a reconstruction "
        "consistent with the published figures, not the real forms",
        "cmp_note": "Note: {parts}.",
        "trend_title": "Trend across editions: {names}",
        "trend_title_event": "{event}, trend across editions: {names}",
        "trend_edition": "Edition",
        "trend_not_asked": "not asked",
        "trend_sentence": "{label}: {points}.",
        "trend_point": "{pct} in {edition}",
        "trend_method_note": "% positive among valid answers; interval ({level}): the margin of "
        "error that comes from the number of answers (Wilson score, without finite-population "
        "correction, so that editions are comparable).",
        "chart_source": "Source: evaluation forms, {editions}",
        "chart_compare_title": "% positive, {a} and {b}",
        "chart_compare_subtitle": "Dots: share positive; bars: {level} interval. Coloured: a real "
        "change (q < {alpha}); grey: no detectable change.",
        "chart_compare_alt": "Dumbbell chart of the share of positive answers per item in {a} and "
        "{b}. {real} {rest}",
        "chart_compare_alt_real": "Real changes: {parts}.",
        "chart_compare_alt_none": "No change is statistically detectable.",
        "chart_compare_alt_rest": "Other items: {parts}.",
        "chart_alt_part": "{label} {a} → {b}",
        "chart_trend_title": "% positive per item, {first}–{last}",
        "chart_trend_subtitle": "Line: share positive; band: {level} interval; n: valid answers. "
        "Years without a forum are left empty.",
        "chart_trend_alt": "Small multiples, one per item, of the share of positive answers by "
        "year from {first} to {last}. {parts}",
        "chart_no_data": "no data",
        "chart_not_compared": "not compared",
        # issue 16: charts of every kind of question, split charts, titles
        "rep_page": " ({index} of {total})",
        "rep_alt_page": "Chart {index} of {total}.",
        "rep_choice_title": "{title}: {label}",
        "rep_axis_choice": "% of respondents who answered",
        # a choice chart's note, part by part (singular, and no "0 blank")
        "rep_choice_note_who": "n = {valid} respondents who answered (one answer each)",
        "rep_choice_note_who_one": "n = 1 respondent who answered",
        "rep_choice_note_blank": "{blank} blank, not in the percentages",
        "rep_choice_note_blank_one": "1 blank, not in the percentages",
        "rep_alt_choice": "Bar chart of the answers to “{label}”, {title}: {parts} (of {valid} "
        "who answered).",
        "rep_alt_choice_part": "{label} {pct} ({count})",
        "rep_themes_none": "No comment matched a theme of the codebook: no themes chart.",
        "rep_rating_title_pleasantness": "{title}: how pleasant each item was",
        "rep_kind_pleasantness": "pleasantness",
        "rep_rating_title_importance": "{title}: importance of each item",
        "rep_kind_importance": "importance",
        "rep_rating_title_comfort": "{title}: how comfortable respondents felt with each item",
        "rep_kind_comfort": "comfort",
        "rep_rating_title_expectations": "{title}: expectations met for each item",
        "rep_kind_expectations": "expectations met",
        "rep_rating_title_quantity": "{title}: amount for each item",
        "rep_kind_quantity": "amount",
        "rep_rating_title_rating": "{title}: rating of each item",
        "rep_kind_rating": "ratings",
        "rep_rating_title_declared": "{title}: answers to each item",
        "rep_kind_declared": "answers",
        "rep_alt_grid": "The items are the rows of the question “{question}”.",
        # multi-select (checkbox) questions
        "ms_note": "shares do not add up to 100%, several answers per respondent",
        "ms_subtitle": "Several answers were allowed: the shares do not add up to 100%",
        "ms_alt": "Bar chart of the options ticked in “{label}”, {title}: {parts} (of {valid} "
        "respondents who ticked at least one; several answers were allowed, so the shares do "
        "not add up to 100%).",
        "ms_alt_more": "and {count} more, on the chart",
        "ms_title": "Questions with several answers",
        "ms_option": "Option",
        "ms_share": "% of respondents who answered",
        "and": "and",
        "ms_asked": "Asked “{label}” (several answers allowed), ",
        "ms_headed": "“{label}” (several answers allowed): ",
        "ms_sentence": "{opening}the {valid} respondents who answered most often ticked {parts}.",
        "ms_sentence_all": "{opening}the {valid} respondents who answered ticked {parts}.",
        "ms_sentence_one": "{opening}the only respondent who answered ticked {parts}.",
        "ms_sentence_one_more": "{opening}the only respondent who answered ticked {parts}, "
        "among others.",
        "ms_sentence_none": "{opening}no respondent ticked any option.",
        "ms_first": "{option} ({pct}, {count} of {valid})",
        "ms_part": "{option} ({pct}, {count})",
        # next year's form (present/form.py)
        "form_title": "Evaluation form",
        "form_group_hint": "Optional. Results are never shown for small groups.",
        "form_like_for_like": "Same wording and scales every year so that next year's comparison "
        "is like for like: copy each question and its choices exactly as written here, in this order.",
        "form_platforms": "Google Forms: a question with choices is *Multiple choice*, a written answer "
        "*Paragraph*. Microsoft Forms: *Choice* and *Text* (long answer). Make no question required.",
        "form_source": "From {file}: {n} questions.",
        "form_source_one": "From {file}: 1 question.",
        "form_select_one": "One answer (Google Forms: Multiple choice; Microsoft Forms: Choice)",
        "form_select_multiple": "Several answers (Google Forms: Checkboxes; Microsoft Forms: Choice, multiple answers)",
        "form_text": "Written answer (Google Forms: Paragraph; Microsoft Forms: Text, long answer)",
        # --- singular and zero forms (a count of 1 or 0 is not "1 respondents") ---
        "cm_who": "{commenters} of the {respondents} respondents wrote a comment",
        "cm_who_one": "1 of the {respondents} respondents wrote a comment",
        "cm_who_only": "The only respondent wrote a comment",
        "cm_who_none": "None of the {respondents} respondents wrote a comment",
        "cm_who_only_none": "The only respondent wrote no comment",
        "cm_total": "{comments} comments in all",
        "cm_total_one": "1 comment in all",
        "cm_line_none": "{who}",
        "cm_sentence_one": "1 of the {commenters} respondents who commented raised “{theme}” "
        "({pct}).",
        "cm_sentence_only": "The only respondent who commented raised “{theme}” ({pct}).",
        "cm_redacted_note_one": "1 comment had personal details redacted.",
        "rep_alt_choice_one": "Bar chart of the answers to “{label}”, {title}: {parts} (of the "
        "only respondent who answered).",
        "rep_alt_expertise_one": "Bar chart of self-rated knowledge of the subject, {title}: "
        "{parts} (of the only respondent who answered).",
        "ms_alt_one": "Bar chart of the options ticked in “{label}”, {title}: {parts} (of the only "
        "respondent who ticked at least one; several answers were allowed, so the shares do not "
        "add up to 100%).",
        "respondents_line_one": "1 respondent of {attendees} attendees, response rate {rate}",
        # shares chart: items tied at the highest or lowest share, one item, all equal
        "rep_alt_share_tied": "{label}, {positive} of {valid}, interval {ci}",
        "cm_alt_rest": "The chart also shows {parts}.",
        # a multi-select table's note, part by part (singular, and no "0 ticked none")
        "ms_note_who": "n = {valid} respondents who ticked at least one option",
        "ms_note_who_one": "n = 1 respondent who ticked at least one option",
        "ms_note_blank": "{blank} ticked none, left out of the percentages",
        "ms_note_blank_one": "1 ticked none, left out of the percentages",
        "no_valid_why": "No valid answer to “{label}”: {parts}.",
        "no_valid_na": "{count} answered “not applicable”",
        "no_valid_na_one": "1 answered “not applicable”",
        "no_valid_blank": "{count} left it blank",
        "no_valid_blank_one": "1 left it blank",
        "no_valid_invalid": "{count} answers were off the scale",
        "no_valid_invalid_one": "1 answer was off the scale",
        "cm_alt_part": "{label} ({count})",
        "rep_alt_share_ties": "{pct} ({items})",
        "rep_alt_shares_one": "Dot chart of the share of positive answers with its {level} "
        "confidence interval, {title}, {respondents}: {high}.",
        "rep_alt_shares_same": "Dot chart of the share of positive answers per item with its "
        "{level} confidence interval, {title}, {respondents}. Every item: {high}.",
        "header_rate_one": "1 of the {attendees} participants answered the evaluation form "
        "(response rate {rate}).",
    },
    "fr": {
        "or": "ou",
        "quoted": "«{nbsp}{text}{nbsp}»",
        "out_of": " sur {top}",
        "out_of_low_best": " sur {top}, {best} étant la meilleure note",
        "question": "Question",
        "extra_na_one": "{nbsp}; {count} a répondu «{nbsp}sans objet{nbsp}»",
        "sentence_agreement": "{pct} des personnes répondantes sont d'accord avec «{nbsp}{label}"
        "{nbsp}» ({labels}, {positive} sur {valid}{extra}).",
        "sentence_satisfaction": "{pct} des personnes répondantes sont satisfaites {of}«{nbsp}"
        "{label}{nbsp}» ({labels}, {positive} sur {valid}{extra}).",
        "sentence_favourability": "{pct} des personnes répondantes ont une opinion favorable {of}"
        "«{nbsp}{label}{nbsp}» ({labels}, {positive} sur {valid}{extra}).",
        "sentence_usefulness": "{pct} des personnes répondantes ont trouvé «{nbsp}{label}{nbsp}» "
        "utile ({labels}, {positive} sur {valid}{extra}).",
        "sentence_interest": "{pct} des personnes répondantes ont trouvé «{nbsp}{label}{nbsp}» "
        "intéressant ({labels}, {positive} sur {valid}{extra}).",
        "sentence_ease": "{pct} des personnes répondantes ont trouvé «{nbsp}{label}{nbsp}» "
        "facile ({labels}, {positive} sur {valid}{extra}).",
        "sentence_quality": "{pct} des personnes répondantes ont bien noté «{nbsp}{label}{nbsp}» "
        "({labels}, {positive} sur {valid}{extra}).",
        "sentence_rating": "{pct} des personnes répondantes ont bien noté «{nbsp}{label}{nbsp}» "
        "({labels}, {positive} sur {valid}{extra}).",
        "sentence_yesno": "{pct} des personnes répondantes ont répondu oui à «{nbsp}{label}{nbsp}» "
        "({positive} sur {valid}{extra}).",
        "nps_sentence": "«{nbsp}{label}{nbsp}»{nbsp}: {pct} des personnes répondantes sont "
        "promotrices, ayant répondu 9 ou 10 sur 10 ({positive} sur {valid}{extra}).",
        "heading_sentence": "«{nbsp}{label}{nbsp}»{nbsp}: {pct} {labels} ({positive} sur "
        "{valid}{extra}).",
        "comments_sentence_one": "1 personne répondante a écrit un commentaire à «{nbsp}{label}"
        "{nbsp}».",
        "comments_heading": "«{nbsp}{label}{nbsp}»{nbsp}: {count} personnes répondantes ont écrit "
        "un commentaire.",
        "comments_heading_one": "«{nbsp}{label}{nbsp}»{nbsp}: 1 personne répondante a écrit un "
        "commentaire.",
        "method_positive": "% favorable = la part des réponses valides qui sont {parts}{nbsp}; les "
        "réponses «{nbsp}sans objet{nbsp}» et vides sont exclues. {interval}",
        "method_interval": "Intervalle ({ci}){nbsp}: la marge d'erreur due au nombre de réponses "
        "(score de Wilson).",
        "method_interval_fpc": "Intervalle ({ci}){nbsp}: la fourchette où se situe probablement "
        "la part parmi les {attendees} personnes participantes, si les personnes qui ont répondu "
        "ressemblent à celles qui n'ont pas répondu (score de Wilson, avec la correction pour "
        "population finie).",
        "method_part": "{labels} ({count} {noun})",
        "method_bounds": " «{nbsp}Si toutes avaient répondu{nbsp}»{nbsp}: la fourchette de la "
        "part si toutes les personnes non répondantes avaient répondu défavorablement / "
        "favorablement.",
        "noun_statement_one": "énoncé",
        "noun_statement": "énoncés",
        "noun_question_one": "question",
        "noun_question": "questions",
        "item": "Énoncé",
        "positive": "% favorable",
        "n": "n",
        "ci": "IC à {level}",
        "na": "S.\u00a0O.",
        "blank": "Vide",
        "bounds": "Si toutes avaient répondu",
        "edition_name": "Forum {year}",
        "file_title": "{name}",
        "respondents_line": "{respondents} personnes répondantes sur {attendees} personnes "
        "participantes, taux de réponse {rate}",
        "respondents_line_unknown": "{respondents} personnes répondantes (nombre de personnes "
        "participantes inconnu)",
        "respondents_line_unknown_one": "1 personne répondante (nombre de personnes "
        "participantes inconnu)",
        "header_rate": "{respondents} des {attendees} personnes participantes ont répondu au "
        "formulaire d'évaluation (taux de réponse{nbsp}: {rate}).",
        "header_no_rate": "{respondents} personnes ont répondu au formulaire d'évaluation.",
        "header_no_rate_one": "1 personne a répondu au formulaire d'évaluation.",
        "item_sentence": "{pct} des personnes répondantes {statement} ({positive} sur {valid}{extra}).",
        "extra_na": "{nbsp}; {count} ont répondu «{nbsp}sans objet{nbsp}»",
        "extra_nps": "{nbsp}; Net Promoter Score{nbsp}: {nps}",
        "no_valid": "Aucune réponse valide à «{nbsp}{label}{nbsp}».",
        "choice_sentence": "{label}{nbsp}: {parts} (sur {valid} personnes qui ont répondu).",
        "choice_heading": "«{nbsp}{label}{nbsp}»{nbsp}: {parts} (sur {valid} personnes qui ont "
        "répondu).",
        "choice_sentence_one": "{label}{nbsp}: {parts} (la seule personne qui a répondu).",
        "choice_heading_one": "«{nbsp}{label}{nbsp}»{nbsp}: {parts} (la seule personne qui a "
        "répondu).",
        "choice_part": "{category} {count}",
        "comments_sentence": "{count} personnes répondantes ont écrit un commentaire à «{nbsp}{label}{nbsp}».",
        "note_reconstruction": "Note{nbsp}: les réponses individuelles de cette édition sont une "
        "reconstitution fidèle aux chiffres publiés, et non les formulaires réels.",
        "note_synthetic": "Note{nbsp}: les réponses de cette édition sont synthétiques (illustratives, "
        "ce ne sont pas des données réelles).",
        "excluded": "Lignes non comptées comme personnes répondantes{nbsp}: {parts}.",
        "reason_empty": "vides",
        "reason_incomplete": "incomplètes",
        "reason_preview": "aperçus",
        "reason_duplicate": "doublons exacts",
        "reason_empty_one": "vide",
        "reason_incomplete_one": "incomplète",
        "reason_preview_one": "aperçu",
        "reason_duplicate_one": "doublon exact",
        "reason_rejected": "rejetées à la validation sur la plateforme",
        "reason_rejected_one": "rejetée à la validation sur la plateforme",
        "summary_title": "Résumé de l'évaluation",
        "narrative_title": "En quelques mots",
        "table_title": "Chiffres",
        "of": "sur",
        # --- commentaires, confidentialité et ventilations (issue 6) ---
        "redacted": "[caviardé]",
        "cm_title": "Thèmes des commentaires",
        "cm_line": "{who} ({total})",
        "cm_theme": "Thème",
        "cm_respondents": "Personnes répondantes",
        "cm_share": "% des personnes ayant commenté",
        "cm_quotes_title": "Citations",
        "cm_other": "Autres (aucun thème)",
        "cm_uncoded_title": "Commentaires qui ne relèvent d'aucun thème",
        "cm_uncoded_none": "Chaque commentaire relève d'au moins un thème.",
        "cm_sentence": "{count} des {commenters} personnes ayant commenté ont évoqué «{nbsp}{theme}{nbsp}» ({pct}).",
        "cm_method": "Une personne répondante compte une fois par thème, quel que soit le nombre de "
        "ses commentaires qui l'évoquent{nbsp}; un commentaire peut relever de plusieurs thèmes. "
        "Thèmes et mots-clés{nbsp}: {codebook}. Les citations sont des commentaires courts et ciblés "
        "choisis par l'outil{nbsp}; les adresses courriel, numéros de téléphone, adresses Web, adresses postales "
        "et noms y sont remplacés par «{nbsp}[caviardé]{nbsp}», et elles ne sont jamais attribuées.",
        "cm_redacted_note": "Des renseignements personnels ont été caviardés dans {count} commentaires.",
        "cm_chart_axis": "Personnes répondantes ayant évoqué le thème",
        "cm_chart_subtitle": "{who}{nbsp}; une personne compte une fois par thème",
        "cm_chart_source": "Source{nbsp}: formulaire d'évaluation, commentaires libres, codés selon les "
        "thèmes de {codebook}.",
        "cm_commenters_row": "Ont écrit un commentaire",
        "bd_title": "Selon «{nbsp}{label}{nbsp}»",
        "bd_all": "Ensemble",
        "bd_respondents": "Personnes répondantes",
        "bd_not_stated": "Non précisé",
        "bd_other_values": "Autres valeurs",
        "bd_suppressed": "<{nbsp}{k}",
        "bd_cell": "{pct} ({n})",
        "bd_note": "% favorable par groupe, avec le nombre de réponses valides entre parenthèses. Les "
        "cellules de moins de {k} personnes sont masquées («{nbsp}<{nbsp}{k}{nbsp}»), de même que la "
        "plus petite cellule suivante de la ligne quand une seule le serait, afin qu'aucun petit "
        "groupe ne puisse être lu ni déduit des totaux.",
        "bd_sensitive": "Il s'agit d'une question d'auto-identification{nbsp}: elle n'apparaît que "
        "dans les ventilations, petits groupes masqués.",
        "cm_by_note": "Personnes répondantes de chaque groupe ayant évoqué chaque thème. Les cellules "
        "de moins de {k} sont masquées («{nbsp}<{nbsp}{k}{nbsp}»), de même que la plus petite cellule "
        "suivante de la ligne quand une seule le serait. Aucune citation n'est montrée par groupe.",
        # --- report charts and alt text (issue 3) ---
        "rep_agreement_title": "{title}{nbsp}: accord avec chaque énoncé",
        "rep_shares_title": "{title}{nbsp}: % favorable par énoncé, avec son incertitude",
        "rep_expertise_title": "{title}{nbsp}: connaissance du sujet déclarée",
        "rep_col_agree": "% d'accord",
        "rep_col_disagree": "% en désaccord",
        "rep_axis_agreement": "% des réponses valides (la réponse neutre est partagée de part et "
        "d'autre de 0)",
        "rep_axis_shares": "% favorable parmi les réponses valides",
        "rep_axis_expertise": "% des personnes répondantes ayant répondu",
        "rep_no_valid": "aucune réponse valide",
        "rep_legend_share": "% favorable",
        "rep_legend_ci": "intervalle de confiance à {level}",
        "rep_legend_bounds": "fourchette si toutes les personnes participantes avaient répondu",
        "rep_source": "Source{nbsp}: formulaires d'évaluation ({file}). n = réponses valides{nbsp}; "
        "les réponses «{nbsp}sans objet{nbsp}» (S.\u00a0O.) et vides sont comptées à part, jamais dans "
        "les pourcentages.",
        "rep_alt_agreement": "Graphique à barres divergentes de l'accord avec {count} énoncés, "
        "{title}, {respondents}. L'accord va de {low} ({low_items}) à {high} ({high_items}).",
        "rep_alt_item": "{label}, {positive} sur {valid}",
        "rep_alt_item_na": "{label}, {positive} sur {valid}, {na} S.\u00a0O.",
        "rep_alt_disagree": "Désaccord le plus fréquent{nbsp}: {label}, {pct} ({count} sur {valid}).",
        "rep_alt_excluded": "Les réponses «{nbsp}sans objet{nbsp}» et vides ne sont pas dans les "
        "pourcentages.",
        "rep_alt_shares": "Graphique à points de la part de réponses favorables par énoncé, avec "
        "son intervalle de confiance à {level}, {title}, {respondents}. La plus élevée{nbsp}: "
        "{high}. La plus basse{nbsp}: {low}.",
        "rep_alt_share_item": "{label}, {pct} ({positive} sur {valid}{nbsp}; intervalle {ci})",
        "rep_alt_bounds": "La bande pâle montre la fourchette si toutes les personnes participantes "
        "avaient répondu.",
        "rep_alt_expertise": "Graphique à barres de la connaissance du sujet déclarée, {title}{nbsp}: "
        "{parts} (sur {valid} personnes ayant répondu).",
        "rep_alt_synthetic": "Données synthétiques.",
        "rep_alt_reconstruction": "Données reconstituées, et non les formulaires réels.",
        "rep_charts_title": "Graphiques",
        "rep_alt_agreement_same": "Graphique à barres divergentes de l'accord avec {count} "
        "énoncés, {title}, {respondents}. Chaque énoncé atteint {high} ({high_items}).",
        "rep_expertise_note_who": "n = {valid} réponses valides",
        "rep_expertise_note_who_one": "n = 1 réponse valide",
        "rep_expertise_note_na": "{na} S.\u00a0O.",
        "rep_expertise_note_blank": "{blank} vides",
        "rep_expertise_note_blank_one": "1 vide",
        "rep_expertise_note_out": "{parts}, hors pourcentages",
        "rep_expertise_item_note": "{label}{nbsp}: {note}.",
        "separator": "{nbsp}; ",
        "colon": "{nbsp}: ",
        "rep_alt_several": "{count} énoncés, dont {items}",
        "rep_alt_several_items": "{count} énoncés, dont {items}",
        "rep_alt_no_valid": "Graphique — {title}, {respondents}{nbsp}: aucun énoncé de ce graphique n'a de "
        "réponse valide (les réponses «{nbsp}sans objet{nbsp}» et vides ne sont pas dans les "
        "pourcentages).",
        "rep_subtitle_synthetic": " · DONNÉES SYNTHÉTIQUES (illustratives)",
        "rep_subtitle_reconstruction": " · données reconstituées",
        # --- rating charts other than agreement (diverging bars) ---
        "rep_rating_title_satisfaction": "{title}{nbsp}: satisfaction pour chaque énoncé",
        "rep_kind_satisfaction": "de la satisfaction",
        "rep_rating_title_favourability": "{title}{nbsp}: opinion sur chaque énoncé",
        "rep_kind_favourability": "de l'opinion",
        "rep_rating_title_quality": "{title}{nbsp}: qualité perçue de chaque énoncé",
        "rep_kind_quality": "de la qualité perçue",
        "rep_rating_title_usefulness": "{title}{nbsp}: utilité perçue de chaque énoncé",
        "rep_kind_usefulness": "de l'utilité perçue",
        "rep_rating_title_interest": "{title}{nbsp}: intérêt pour chaque énoncé",
        "rep_kind_interest": "de l'intérêt",
        "rep_rating_title_confidence": "{title}{nbsp}: confiance pour chaque énoncé",
        "rep_kind_confidence": "de la confiance",
        "rep_rating_title_ease": "{title}{nbsp}: facilité de chaque énoncé",
        "rep_kind_ease": "de la facilité",
        "rep_rating_title_frequency": "{title}{nbsp}: fréquence pour chaque énoncé",
        "rep_kind_frequency": "de la fréquence",
        "rep_rating_title_likelihood": "{title}{nbsp}: probabilité pour chaque énoncé",
        "rep_kind_likelihood": "de la probabilité",
        "rep_col_negative": "% défavorable",
        "rep_axis_rating": "% des réponses valides",
        "rep_alt_rating": "Graphique à barres divergentes {kind} pour {count} énoncés, {title}, "
        "{respondents}. Les réponses favorables vont de {low} ({low_items}) à {high} "
        "({high_items}).",
        "rep_alt_rating_same": "Graphique à barres divergentes {kind} pour {count} énoncés, "
        "{title}, {respondents}. Chaque énoncé atteint {high} de réponses favorables "
        "({high_items}).",
        "rep_alt_negative": "Réponses défavorables les plus fréquentes{nbsp}: {label}, {pct} "
        "({count} sur {valid}).",
        "rep_alt_agreement_one": "Graphique à barres divergentes de l'accord avec un énoncé, "
        "{title}, {respondents}{nbsp}: {high} d'accord ({high_items}).",
        "rep_alt_rating_one": "Graphique à barres divergentes {kind} pour une question, {title}, "
        "{respondents}{nbsp}: {high} de réponses favorables ({high_items}).",
        # --- compare / trend (issue 4) ---
        "cmp_title": "Comparaison des éditions{nbsp}: {names}",
        "cmp_title_event": "{event}, comparaison des éditions{nbsp}: {names}",
        "cmp_pair": "{a} → {b}",
        "cmp_change": "Écart (pts)",
        "cmp_change_ci": "IC à {level} (pts)",
        "cmp_p": "p",
        "cmp_p_ord": "p (tous niveaux)",
        "cmp_q": "q",
        "cmp_verdict": "Verdict",
        "cmp_to": "à",
        "verdict_up": "en hausse",
        "verdict_down": "en baisse",
        "verdict_no_change": "aucun changement décelable",
        "verdict_not_compared": "non comparé",
        "cmp_who": "La proportion de personnes répondantes qui {statement}",
        "cmp_who_agreement": "La proportion de personnes répondantes d'accord avec «{nbsp}{label}"
        "{nbsp}»",
        "cmp_who_satisfaction": "La proportion de personnes répondantes satisfaites de «{nbsp}"
        "{label}{nbsp}»",
        "cmp_who_favourability": "La proportion de personnes répondantes ayant une opinion "
        "favorable de «{nbsp}{label}{nbsp}»",
        "cmp_who_usefulness": "La proportion de personnes répondantes qui ont trouvé «{nbsp}"
        "{label}{nbsp}» utile",
        "cmp_who_interest": "La proportion de personnes répondantes qui ont trouvé «{nbsp}"
        "{label}{nbsp}» intéressant",
        "cmp_who_ease": "La proportion de personnes répondantes qui ont trouvé «{nbsp}{label}"
        "{nbsp}» facile",
        "cmp_who_quality": "La proportion de personnes répondantes qui ont bien noté «{nbsp}"
        "{label}{nbsp}»",
        "cmp_who_rating": "La proportion de personnes répondantes qui ont bien noté «{nbsp}"
        "{label}{nbsp}»",
        "cmp_who_yesno": "La proportion de personnes répondantes qui ont répondu oui à «{nbsp}"
        "{label}{nbsp}»",
        "cmp_who_heading": "«{nbsp}{label}{nbsp}»{nbsp}: la proportion de réponses favorables",
        "cmp_sentence": "{who} est passée de {a} à {b} ({diff} points{nbsp}; {qual}).",
        "cmp_sentence_same": "{who} est restée à {a} ({qual}).",
        "cmp_rest": "Les autres écarts ne dépassent pas ce que le hasard seul peut produire{nbsp}:",
        "cmp_rest_one": "L'autre écart ne dépasse pas ce que le hasard seul peut produire{nbsp}:",
        "cmp_ordinal_only": "Le test sur tous les niveaux de l'échelle donne {stat} avant "
        "ajustement{nbsp}; le verdict repose sur la proportion de réponses favorables, dont le "
        "test, ajusté pour le nombre de questions comparées, donne {q}, qui n'est pas sous le seuil "
        "de {alpha}.",
        "cmp_share_only": "Le test sur tous les niveaux de l'échelle ({stat}) ne décèle aucun "
        "déplacement au-delà du hasard{nbsp}: le verdict repose sur la seule proportion de "
        "réponses favorables ({q}).",
        "cmp_rate_sentence": "Le taux de réponse est passé de {a} ({ra} sur {aa}) en {ea} à {b} "
        "({rb} sur {ab}) en {eb}{nbsp}: {diff} points, {qual}.",
        "cmp_qual_none": "écart non significatif",
        "cmp_qual_up": "hausse significative, {stat}",
        "cmp_qual_down": "baisse significative, {stat}",
        "cmp_small_n": "{nbsp}; moins de {n} réponses{nbsp}: à interpréter avec prudence",
        "cmp_not_compared": "«{nbsp}{label}{nbsp}» ne peut pas être comparé entre {a} et {b}{nbsp}: "
        "aucune réponse valide en {editions}.",
        "cmp_only_in": "Questions posées seulement à l'édition {edition}, non comparées{nbsp}: "
        "{labels}.",
        "cmp_only_in_one": "Question posée seulement à l'édition {edition}, non comparée{nbsp}: "
        "{labels}.",
        "cmp_not_comparable": "Non comparées (questions dont les réponses ne sont ni favorables "
        "ni défavorables){nbsp}: {labels}.",
        "cmp_not_comparable_one": "Non comparée (question dont les réponses ne sont ni "
        "favorables ni défavorables){nbsp}: {labels}.",
        "cmp_rate": "Taux de réponse",
        "cmp_summary_one": "Un écart entre {a} et {b} dépasse ce que le hasard seul peut "
        "produire{nbsp}: {labels}.",
        "cmp_summary_many": "{count} écarts entre {a} et {b} dépassent ce que le hasard seul peut "
        "produire{nbsp}: {labels}.",
        "cmp_summary_none": "Aucun écart entre {a} et {b}, question par question, ne dépasse ce "
        "que le hasard seul peut produire avec ce nombre de personnes répondantes.",
        "cmp_method_note": "Écart = % favorable de l'édition la plus récente moins % favorable de "
        "la précédente, en points de pourcentage, calculé à partir des pourcentages arrondis "
        "affichés pour qu'il leur corresponde toujours{nbsp}; son intervalle, p et q sont calculés "
        "à partir des effectifs exacts. Intervalle de l'écart ({level}){nbsp}: la "
        "fourchette des écarts compatibles avec les réponses (score hybride de Newcombe, à partir "
        "des intervalles de Wilson sans correction pour population finie). p{nbsp}: la "
        "probabilité d'un écart au moins aussi grand si rien n'avait changé (test exact de Fisher "
        "sur favorable / non favorable){nbsp}; p (tous niveaux){nbsp}: la même chose sur tous les "
        "niveaux de l'échelle (test de Mann-Whitney, approximation normale avec correction pour "
        "les ex aequo). q{nbsp}: p ajusté parce que plusieurs énoncés sont comparés à la fois, pour "
        "que le hasard ne passe pas pour un écart (Benjamini-Hochberg). Un écart est jugé réel "
        "quand q < {alpha}.",
        "cmp_note_synthetic": "les réponses de {editions} sont synthétiques (illustratives, ce ne "
        "sont pas des données réelles)",
        "cmp_note_reconstruction": "les réponses individuelles de {editions} sont une "
        "reconstitution fidèle aux chiffres publiés, et non les formulaires réels",
        "cmp_note": "Note{nbsp}: {parts}.",
        "trend_title": "Évolution d'une édition à l'autre{nbsp}: {names}",
        "trend_title_event": "{event}, évolution d'une édition à l'autre{nbsp}: {names}",
        "trend_edition": "Édition",
        "trend_not_asked": "non posée",
        "trend_sentence": "{label}{nbsp}: {points}.",
        "trend_point": "{pct} en {edition}",
        "trend_method_note": "% favorable parmi les réponses valides{nbsp}; intervalle "
        "({level}){nbsp}: la marge d'erreur due au nombre de réponses (score de Wilson, sans "
        "correction pour population finie, pour que les éditions soient comparables).",
        "chart_source": "Source{nbsp}: formulaires d'évaluation, {editions}",
        "chart_compare_title": "% favorable, {a} et {b}",
        "chart_compare_subtitle": "Points{nbsp}: part favorable{nbsp}; barres{nbsp}: intervalle à "
        "{level}. En couleur{nbsp}: un changement réel (q < {alpha}){nbsp}; en gris{nbsp}: aucun "
        "changement décelable.",
        "chart_compare_alt": "Graphique en haltères de la part de réponses favorables par énoncé en "
        "{a} et en {b}. {real} {rest}",
        "chart_compare_alt_real": "Changements réels{nbsp}: {parts}.",
        "chart_compare_alt_none": "Aucun changement n'est statistiquement décelable.",
        "chart_compare_alt_rest": "Autres énoncés{nbsp}: {parts}.",
        "chart_alt_part": "{label} {a} → {b}",
        "chart_trend_title": "% favorable par énoncé, {first}–{last}",
        "chart_trend_subtitle": "Ligne{nbsp}: part favorable{nbsp}; bande{nbsp}: intervalle à "
        "{level}{nbsp}; n{nbsp}: réponses valides. Les années sans forum restent vides.",
        "chart_trend_alt": "Petits graphiques, un par énoncé, de la part de réponses favorables par "
        "année de {first} à {last}. {parts}",
        "chart_no_data": "pas de données",
        "chart_not_compared": "non comparé",
        # issue 16 : graphiques de chaque sorte de question, graphiques en plusieurs parties
        "rep_page": " ({index} sur {total})",
        "rep_alt_page": "Graphique {index} sur {total}.",
        "rep_choice_title": "{title}{nbsp}: {label}",
        "rep_axis_choice": "% des personnes qui ont répondu",
        "rep_choice_note_who": "n = {valid} personnes qui ont répondu (une réponse chacune)",
        "rep_choice_note_who_one": "n = 1 personne qui a répondu",
        "rep_choice_note_blank": "{blank} vides, hors des pourcentages",
        "rep_choice_note_blank_one": "1 vide, hors des pourcentages",
        "rep_alt_choice": "Graphique à barres des réponses à «{nbsp}{label}{nbsp}», {title}{nbsp}: "
        "{parts} (sur {valid} personnes qui ont répondu).",
        "rep_alt_choice_part": "{label} {pct} ({count})",
        "rep_themes_none": "Aucun commentaire ne correspond à un thème du livre de codes{nbsp}: "
        "pas de graphique des thèmes.",
        "rep_rating_title_pleasantness": "{title}{nbsp}: agrément de chaque énoncé",
        "rep_kind_pleasantness": "de l'agrément",
        "rep_rating_title_importance": "{title}{nbsp}: importance de chaque énoncé",
        "rep_kind_importance": "de l'importance",
        "rep_rating_title_comfort": "{title}{nbsp}: aisance pour chaque énoncé",
        "rep_kind_comfort": "de l'aisance",
        "rep_rating_title_expectations": "{title}{nbsp}: attentes comblées pour chaque énoncé",
        "rep_kind_expectations": "des attentes comblées",
        "rep_rating_title_quantity": "{title}{nbsp}: quantité pour chaque énoncé",
        "rep_kind_quantity": "de la quantité",
        "rep_rating_title_rating": "{title}{nbsp}: note de chaque énoncé",
        "rep_kind_rating": "des notes",
        "rep_rating_title_declared": "{title}{nbsp}: réponses à chaque énoncé",
        "rep_kind_declared": "des réponses",
        "rep_alt_grid": "Les énoncés sont les lignes de la question «{nbsp}{question}{nbsp}».",
        # questions à plusieurs réponses (cases à cocher)
        "ms_note": "les parts ne totalisent pas 100{nbsp}%, plusieurs réponses par personne",
        "ms_subtitle": "Plusieurs réponses étaient possibles{nbsp}: les parts ne totalisent "
        "pas 100{nbsp}%",
        "ms_alt": "Graphique à barres des options cochées à «{nbsp}{label}{nbsp}», "
        "{title}{nbsp}: {parts} (sur {valid} personnes qui en ont coché au moins une{nbsp}; "
        "plusieurs réponses étaient possibles, les parts ne totalisent donc pas 100{nbsp}%).",
        "ms_alt_more": "et {count} autres, sur le graphique",
        "ms_title": "Questions à plusieurs réponses",
        "ms_option": "Option",
        "ms_share": "% des personnes qui ont répondu",
        "and": "et",
        "ms_asked": "À la question «{nbsp}{label}{nbsp}» (plusieurs réponses possibles), ",
        "ms_headed": "«{nbsp}{label}{nbsp}» (plusieurs réponses possibles){nbsp}: ",
        "ms_sentence": "{opening}les {valid} personnes qui ont répondu ont le plus souvent coché "
        "{parts}.",
        "ms_sentence_all": "{opening}les {valid} personnes qui ont répondu ont coché {parts}.",
        "ms_sentence_one": "{opening}la seule personne qui a répondu a coché {parts}.",
        "ms_sentence_one_more": "{opening}la seule personne qui a répondu a coché, entre autres, "
        "{parts}.",
        "ms_sentence_none": "{opening}personne n'a coché d'option.",
        "ms_first": "{option} ({pct}, {count} sur {valid})",
        "ms_part": "{option} ({pct}, {count})",
        # next year's form (present/form.py)
        "form_title": "Formulaire d'évaluation",
        "form_group_hint": "Facultatif. Les résultats ne sont jamais présentés pour de petits groupes.",
        "form_like_for_like": "Mêmes formulations et mêmes échelles chaque année, pour que la "
        "comparaison de l'an prochain se fasse à l'identique{nbsp}: recopiez chaque question et ses choix "
        "exactement comme ici, dans cet ordre.",
        "form_platforms": "Google Forms{nbsp}: une question à choix est un *Choix multiples*, une réponse "
        "écrite un *Paragraphe*. Microsoft Forms{nbsp}: *Choix* et *Texte* (réponse longue). Ne rendez "
        "aucune question obligatoire.",
        "form_source": "D'après {file}{nbsp}: {n} questions.",
        "form_source_one": "D'après {file}{nbsp}: 1 question.",
        "form_select_one": "Une seule réponse (Google Forms{nbsp}: Choix multiples{nbsp}; Microsoft Forms{nbsp}: Choix)",
        "form_select_multiple": "Plusieurs réponses (Google Forms{nbsp}: Cases à cocher{nbsp}; Microsoft Forms{nbsp}: Choix, réponses multiples)",
        "form_text": "Réponse écrite (Google Forms{nbsp}: Paragraphe{nbsp}; Microsoft Forms{nbsp}: Texte, réponse longue)",
        # --- singulier et zéro («{nbsp}1 personne{nbsp}», jamais «{nbsp}1 personnes{nbsp}») ---
        "cm_who": "{commenters} des {respondents} personnes répondantes ont écrit un commentaire",
        "cm_who_one": "1 des {respondents} personnes répondantes a écrit un commentaire",
        "cm_who_only": "La seule personne répondante a écrit un commentaire",
        "cm_who_none": "Aucune des {respondents} personnes répondantes n'a écrit de commentaire",
        "cm_who_only_none": "La seule personne répondante n'a pas écrit de commentaire",
        "cm_total": "{comments} commentaires en tout",
        "cm_total_one": "1 commentaire en tout",
        "cm_line_none": "{who}",
        "cm_sentence_one": "1 des {commenters} personnes ayant commenté a évoqué «{nbsp}{theme}"
        "{nbsp}» ({pct}).",
        "cm_sentence_only": "La seule personne ayant commenté a évoqué «{nbsp}{theme}{nbsp}» "
        "({pct}).",
        "cm_redacted_note_one": "Des renseignements personnels ont été caviardés dans 1 "
        "commentaire.",
        "rep_alt_choice_one": "Graphique à barres des réponses à «{nbsp}{label}{nbsp}», "
        "{title}{nbsp}: {parts} (réponse de la seule personne qui a répondu).",
        "rep_alt_expertise_one": "Graphique à barres de la connaissance du sujet déclarée, "
        "{title}{nbsp}: {parts} (réponse de la seule personne qui a répondu).",
        "ms_alt_one": "Graphique à barres des options cochées à «{nbsp}{label}{nbsp}», "
        "{title}{nbsp}: {parts} (options cochées par la seule personne qui en a coché au moins "
        "une{nbsp}; plusieurs réponses étaient possibles, les parts ne totalisent donc pas "
        "100{nbsp}%).",
        "respondents_line_one": "1 personne répondante sur {attendees} personnes participantes, "
        "taux de réponse {rate}",
        "rep_alt_share_tied": "{label}, {positive} sur {valid}, intervalle {ci}",
        "cm_alt_rest": "Le graphique montre aussi {parts}.",
        "ms_note_who": "n = {valid} personnes qui ont coché au moins une option",
        "ms_note_who_one": "n = 1 personne qui a coché au moins une option",
        "ms_note_blank": "{blank} n'en ont coché aucune, hors des pourcentages",
        "ms_note_blank_one": "1 n'en a coché aucune, hors des pourcentages",
        "no_valid_why": "Aucune réponse valide à «{nbsp}{label}{nbsp}»{nbsp}: {parts}.",
        "no_valid_na": "{count} ont répondu «{nbsp}sans objet{nbsp}»",
        "no_valid_na_one": "1 a répondu «{nbsp}sans objet{nbsp}»",
        "no_valid_blank": "{count} n'ont pas répondu",
        "no_valid_blank_one": "1 n'a pas répondu",
        "no_valid_invalid": "{count} réponses hors de l'échelle",
        "no_valid_invalid_one": "1 réponse hors de l'échelle",
        "cm_alt_part": "{label} ({count})",
        "rep_alt_share_ties": "{pct} ({items})",
        "rep_alt_shares_one": "Graphique à points de la part de réponses favorables, avec son "
        "intervalle de confiance à {level}, {title}, {respondents}{nbsp}: {high}.",
        "rep_alt_shares_same": "Graphique à points de la part de réponses favorables par énoncé, "
        "avec son intervalle de confiance à {level}, {title}, {respondents}. Tous les "
        "énoncés{nbsp}: {high}.",
        "header_rate_one": "1 des {attendees} personnes participantes a répondu au formulaire "
        "d'évaluation (taux de réponse{nbsp}: {rate}).",
    },
}


def grouped(value: int, lang: str) -> str:
    """An integer for display: digits grouped by three from 10,000 on — "12,345" in English,
    "12 345" (non-breaking space) in French —, plain below, so that years and small counts
    read as usual ("2019", "4 of 31")."""
    if abs(value) < 10_000:
        return str(value)
    text = f"{value:,}"
    return text.replace(",", NBSP) if lang == "fr" else text


def t(lang: str, key: str, **values: object) -> str:
    """The string ``key`` in ``lang``, formatted with ``values`` (and ``nbsp``); integers
    are shown with :func:`grouped`."""
    shown = {
        name: grouped(int(v), lang) if isinstance(v, Integral) and not isinstance(v, bool) else v
        for name, v in values.items()
    }
    return STRINGS[lang][key].format(nbsp=NBSP, **shown)
