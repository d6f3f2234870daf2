package dev.zhengce.policy.examples.service;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Sign-in for the pages ({@code /web/login}, the form Spring Security's form login reads) and
 * the page of a refusal ({@code /web/denied}, 403: signed in, but the account may not record).
 */
@Controller
public class LoginPage {
    /**
     * The sign-in form.
     *
     * @return the template
     */
    @GetMapping("/web/login")
    public String login() {
        return "web/login";
    }

    /**
     * The refusal: this account may not record awards.
     *
     * @param response the response, 403
     * @return the template
     */
    @RequestMapping("/web/denied")
    public String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "web/denied";
    }
}
