package vn.doanket.membership.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.Gender;
import vn.doanket.membership.api.PersonRegisteredEvent;
import vn.doanket.membership.api.PersonUpdatedEvent;
import vn.doanket.membership.api.RegisterPersonCommand;
import vn.doanket.membership.api.UpdatePersonCommand;
import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person who sits on Front bodies (possibly several at once). Name and phone are personal data: they are recorded
 * in an internal event ({@link PersonIdentityRecordedEvent}) that is never published; the published events carry
 * only the id and the attributes statistics need.
 */
@Aggregate
public class Person {

    static final Pattern PERSON_ID = Pattern.compile("p-[a-z0-9][a-z0-9-]{0,40}");
    /** Letters (any script, with combining marks), spaces, dots, apostrophes and hyphens. */
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]{0,98}[\\p{L}\\p{M}.]");
    static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
    static final int MIN_AGE = 15;

    @AggregateIdentifier
    private String personId;
    private String unitCode;
    private String fullName;
    private String phone;
    private Gender gender;
    private int birthYear;
    private String ethnicity;
    private String religion;
    private boolean partyMember;

    protected Person() {
        // for Axon
    }

    @CommandHandler
    public Person(RegisterPersonCommand command, Territory territory) {
        if (command.personId() == null || !PERSON_ID.matcher(command.personId()).matches()) {
            throw DomainException.invalid("invalid-person-id", "Mã người không hợp lệ (p-…)", "Invalid person id (p-…)");
        }
        if (command.registeredOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày đăng ký", "The registration date is missing");
        }
        boolean placeable = territory.unit(command.unitCode(), command.registeredOn())
                .map(u -> u.level() == Level.COMMUNE || u.level() == Level.RESIDENTIAL_AREA).orElse(false);
        if (!placeable) {
            throw DomainException.rule("unknown-unit", "Xã/phường hoặc khu dân cư nơi cư trú không tồn tại vào ngày đăng ký",
                    "The commune or residential area of residence does not exist on the registration date");
        }
        Details details = validate(command.fullName(), command.gender(), command.birthYear(), command.ethnicity(),
                command.religion(), command.phone(), command.registeredOn());
        apply(new PersonRegisteredEvent(command.personId(), command.unitCode(), command.gender(), command.birthYear(),
                details.ethnicity, details.religion, command.partyMember(), command.registeredOn()));
        apply(new PersonIdentityRecordedEvent(command.personId(), details.fullName, details.phone, command.registeredOn()));
    }

    @CommandHandler
    public void handle(UpdatePersonCommand command) {
        if (command.updatedOn() == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày cập nhật", "The update date is missing");
        }
        Details details = validate(command.fullName(), command.gender(), command.birthYear(), command.ethnicity(),
                command.religion(), command.phone(), command.updatedOn());
        boolean attributes = command.gender() != gender || command.birthYear() != birthYear
                || !details.ethnicity.equals(ethnicity) || !Objects.equals(details.religion, religion)
                || command.partyMember() != partyMember;
        boolean identity = !details.fullName.equals(fullName) || !Objects.equals(details.phone, phone);
        if (!attributes && !identity) {
            throw DomainException.rule("no-change", "Thông tin không thay đổi", "Nothing changed");
        }
        if (attributes) {
            apply(new PersonUpdatedEvent(personId, unitCode, command.gender(), command.birthYear(), details.ethnicity,
                    details.religion, command.partyMember(), command.updatedOn()));
        }
        if (identity) {
            apply(new PersonIdentityRecordedEvent(personId, details.fullName, details.phone, command.updatedOn()));
        }
    }

    @CommandHandler
    public void handle(ConfirmPersonUnitCommand command) {
        if (!unitCode.equals(command.unitCode())) {
            throw DomainException.notFound("person-not-found", "Không tìm thấy người này trong đơn vị",
                    "No such person in this unit");
        }
    }

    private record Details(String fullName, String ethnicity, String religion, String phone) {
        @Override
        public String toString() {
            return "Details[personal data hidden]";
        }
    }

    /**
     * Checks a person's details as registration would, without recording anything (for imports, which must not
     * write half of a row).
     *
     * @throws DomainException the first problem, with its code ({@code invalid-name}, {@code missing-gender},
     *                         {@code invalid-birth-year}, {@code invalid-ethnicity}, {@code invalid-religion},
     *                         {@code invalid-phone})
     */
    public static void checkDetails(String fullName, Gender gender, int birthYear, String ethnicity, String religion,
                                    String phone, LocalDate on) {
        validate(fullName, gender, birthYear, ethnicity, religion, phone, on);
    }

    private static Details validate(String fullName, Gender gender, int birthYear, String ethnicity, String religion,
                                    String phone, LocalDate on) {
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (!NAME.matcher(name).matches()) {
            throw DomainException.invalid("invalid-name", "Họ và tên phải có 2–100 chữ cái",
                    "The full name must have 2–100 letters");
        }
        if (gender == null) {
            throw DomainException.invalid("missing-gender", "Thiếu giới tính", "The gender is missing");
        }
        if (birthYear < 1900 || birthYear > on.getYear() - MIN_AGE) {
            throw DomainException.invalid("invalid-birth-year", "Năm sinh phải từ 1900 và đủ " + MIN_AGE + " tuổi",
                    "The birth year must be from 1900 and the person at least " + MIN_AGE);
        }
        if (ethnicity == null || ethnicity.isBlank() || ethnicity.strip().length() > 40) {
            throw DomainException.invalid("invalid-ethnicity", "Thiếu dân tộc (tối đa 40 ký tự)",
                    "The ethnicity is missing (at most 40 characters)");
        }
        String faith = religion == null || religion.isBlank() ? null : religion.strip();
        if (faith != null && faith.length() > 60) {
            throw DomainException.invalid("invalid-religion", "Tôn giáo tối đa 60 ký tự", "The religion has at most 60 characters");
        }
        String number = phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s.]", "");
        if (number != null && !PHONE.matcher(number).matches()) {
            throw DomainException.invalid("invalid-phone", "Số điện thoại không hợp lệ", "Invalid phone number");
        }
        return new Details(name, ethnicity.strip(), faith, number);
    }

    @EventSourcingHandler
    void on(PersonRegisteredEvent event) {
        personId = event.personId();
        unitCode = event.unitCode();
        gender = event.gender();
        birthYear = event.birthYear();
        ethnicity = event.ethnicity();
        religion = event.religion();
        partyMember = event.partyMember();
    }

    @EventSourcingHandler
    void on(PersonUpdatedEvent event) {
        gender = event.gender();
        birthYear = event.birthYear();
        ethnicity = event.ethnicity();
        religion = event.religion();
        partyMember = event.partyMember();
    }

    @EventSourcingHandler
    void on(PersonIdentityRecordedEvent event) {
        fullName = event.fullName();
        phone = event.phone();
    }

    String fullName() {
        return fullName;
    }

    String unitCode() {
        return unitCode;
    }
}
