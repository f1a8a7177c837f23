package org.pragma.followup.digest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text mail through the SMTP server of configuration ({@code PRAGMA_MAIL_HOST},
 * {@code PRAGMA_MAIL_PORT}, {@code PRAGMA_MAIL_FROM}, optional {@code PRAGMA_MAIL_USER} /
 * {@code PRAGMA_MAIL_PASSWORD}, {@code PRAGMA_MAIL_STARTTLS}). Without a host, mail is off.
 */
@ApplicationScoped
public class MailSender {
  @Inject @ConfigProperty(name = "pragma.mail.host") Optional<String> host;
  @Inject @ConfigProperty(name = "pragma.mail.port", defaultValue = "25") int port;
  @Inject @ConfigProperty(name = "pragma.mail.from", defaultValue = "pragma@localhost") String from;
  @Inject @ConfigProperty(name = "pragma.mail.user") Optional<String> user;
  @Inject @ConfigProperty(name = "pragma.mail.password") Optional<String> password;
  @Inject @ConfigProperty(name = "pragma.mail.starttls", defaultValue = "false") boolean starttls;

  private Session session;

  @PostConstruct
  void init() {
    if (!isConfigured()) {
      return;
    }
    Properties props = new Properties();
    props.put("mail.smtp.host", host.get());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    props.put("mail.smtp.auth", String.valueOf(user.isPresent()));
    session = Session.getInstance(props, user.isEmpty() ? null : new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user.get(), password.orElse(""));
      }
    });
  }

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public void send(String to, String subject, String text) throws MessagingException {
    if (session == null) {
      throw new MessagingException("Mail is not configured: set PRAGMA_MAIL_HOST");
    }
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    Transport.send(message);
  }
}
