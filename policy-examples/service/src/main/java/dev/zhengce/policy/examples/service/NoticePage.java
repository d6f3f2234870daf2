package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Policy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The notice, {@code GET /web/notice}: the four plans, their tasks with the responsible
 * departments in order (the lead first), the targets and the rules, each number a link to its
 * sentence in the full text beside them ({@link NoticeText}: the sentence is the link's
 * {@code #fragment}, highlighted by {@code :target}); each cited sentence links back to the rules
 * and targets citing it; the contradictions the checker finds, with both sentences.
 */
@Controller
public class NoticePage {
    private final Policy policy;
    private final NoticeText notice;

    /**
     * Creates the page.
     *
     * @param policy the policy
     * @param notice the notice's anchored text
     */
    public NoticePage(Policy policy, NoticeText notice) {
        this.policy = policy;
        this.notice = notice;
    }

    /**
     * The notice.
     *
     * @param model the page's model
     * @return the template
     */
    @GetMapping("/web/notice")
    public String notice(Model model) {
        model.addAttribute("catalog", policy.catalog());
        model.addAttribute("inconsistencies", policy.inconsistencies());
        model.addAttribute("notice", notice);
        model.addAttribute("text", notice.html());
        return "web/notice";
    }
}
