package vn.doanket.identity.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.doanket.identity.account.Account;
import vn.doanket.identity.account.AccountDirectory;

/** The sign-in page (Vietnamese with English) and a small "signed in as" page. */
@Controller
public class LoginController {

    private final AccountDirectory accounts;

    public LoginController(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    public String login() {
        return "identity/login";
    }

    @GetMapping("/")
    public String home(Authentication authentication, Model model) {
        Account account = accounts.find(authentication.getName()).orElse(null);
        model.addAttribute("account", account);
        model.addAttribute("roles", account == null ? List.of() : account.roleNames());
        return "identity/home";
    }
}
