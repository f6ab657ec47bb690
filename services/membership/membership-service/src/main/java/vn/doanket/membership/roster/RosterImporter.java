package vn.doanket.membership.roster;

import org.axonframework.modelling.command.AggregateNotFoundException;
import vn.doanket.axon.CommandSender;
import vn.doanket.events.Actor;
import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.AppointMemberCommand;
import vn.doanket.membership.api.Gender;
import vn.doanket.membership.api.MemberOrganisation;
import vn.doanket.membership.api.Position;
import vn.doanket.membership.api.RegisterPersonCommand;
import vn.doanket.membership.command.Person;
import vn.doanket.membership.territory.ReorganisationTranslation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static vn.doanket.membership.roster.RosterColumns.APPOINTED_ON;
import static vn.doanket.membership.roster.RosterColumns.AREA;
import static vn.doanket.membership.roster.RosterColumns.BIRTH_YEAR;
import static vn.doanket.membership.roster.RosterColumns.DECISION;
import static vn.doanket.membership.roster.RosterColumns.ETHNICITY;
import static vn.doanket.membership.roster.RosterColumns.GENDER;
import static vn.doanket.membership.roster.RosterColumns.NAME;
import static vn.doanket.membership.roster.RosterColumns.ORGANISATION;
import static vn.doanket.membership.roster.RosterColumns.PARTY;
import static vn.doanket.membership.roster.RosterColumns.PERSON_ID;
import static vn.doanket.membership.roster.RosterColumns.PHONE;
import static vn.doanket.membership.roster.RosterColumns.POSITION;
import static vn.doanket.membership.roster.RosterColumns.RELIGION;
import static vn.doanket.membership.roster.RosterColumns.TERM_YEAR;

/**
 * Validates and applies one roster row: the person (registered under the area's commune unless already there) and
 * their appointment to the area's committee for the term. Everything that can be checked without the committee is
 * checked first; then the appointment (which the committee may refuse: a second head, a date outside the term, a
 * dissolved committee, a merged-away area) is sent <em>before</em> the registration, so a refused row writes
 * nothing. Idempotent: a person already registered and an appointment already held are "unchanged".
 */
public class RosterImporter {

    /** What happened to a row. */
    public enum Outcome { APPLIED, UNCHANGED }

    private static final Pattern AREA_CODE = Pattern.compile(UnitCode.AREA_FORM);
    private static final Pattern PERSON = Pattern.compile("p-[a-z0-9][a-z0-9-]{0,40}");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final CommandSender commands;

    public RosterImporter(CommandSender commands) {
        this.commands = commands;
    }

    /** A row refused: the column and the reason. */
    public static final class RowProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String column;
        final String code;
        final String vi;
        final String en;

        RowProblem(String column, String code, String vi, String en) {
            super(code, null, false, false);
            this.column = column;
            this.code = code;
            this.vi = vi;
            this.en = en;
        }
    }

    /**
     * Applies a row of a roster imported for {@code communeCode}.
     *
     * @throws RowProblem if the row is refused (nothing of it was written)
     */
    public Outcome apply(String communeCode, Map<String, String> cells, Actor actor, LocalDate today) {
        String area = cells.getOrDefault(AREA, "").toUpperCase(Locale.ROOT);
        if (!AREA_CODE.matcher(area).matches()) {
            throw problem(AREA, "invalid-area-code", "Mã khu dân cư không hợp lệ", "Invalid residential area code");
        }
        if (!area.startsWith(communeCode + "-")) {
            throw problem(AREA, "area-outside-commune", "Khu dân cư không thuộc xã/phường đang nhập",
                    "The residential area is not in the commune being imported");
        }
        int termYear = integer(cells, TERM_YEAR, 2000, 2100);
        String name = required(cells, NAME);
        Gender gender = switch (ReorganisationTranslation.withoutDiacritics(cells.getOrDefault(GENDER, "")).toLowerCase(Locale.ROOT)) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            default -> throw problem(GENDER, "invalid-gender", "Giới tính phải là Nam hoặc Nữ", "Gender must be Nam (male) or Nữ (female)");
        };
        int birthYear = integer(cells, BIRTH_YEAR, 1900, 2100);
        String ethnicity = required(cells, ETHNICITY);
        String religion = blankToNull(cells.get(RELIGION));
        boolean party = switch (ReorganisationTranslation.withoutDiacritics(cells.getOrDefault(PARTY, "")).toLowerCase(Locale.ROOT)) {
            case "", "khong", "no", "0", "false" -> false;
            case "co", "x", "yes", "1", "true", "dang vien" -> true;
            default -> throw problem(PARTY, "invalid-party", "Đảng viên: ghi “có” hoặc “không”", "Party member: “có” (yes) or “không” (no)");
        };
        String phone = blankToNull(cells.get(PHONE));
        Position position = position(cells.getOrDefault(POSITION, ""));
        MemberOrganisation organisation = organisation(cells.getOrDefault(ORGANISATION, ""));
        LocalDate appointedOn = date(cells.getOrDefault(APPOINTED_ON, ""));
        String decision = required(cells, DECISION);
        try {
            Person.checkDetails(name, gender, birthYear, ethnicity, religion, phone, today);
        } catch (DomainException invalid) {
            throw problem(switch (invalid.code()) {
                case "invalid-name" -> NAME;
                case "missing-gender" -> GENDER;
                case "invalid-birth-year" -> BIRTH_YEAR;
                case "invalid-ethnicity" -> ETHNICITY;
                case "invalid-religion" -> RELIGION;
                default -> PHONE;
            }, invalid);
        }
        String personId = blankToNull(cells.get(PERSON_ID));
        if (personId != null && !PERSON.matcher(personId).matches()) {
            throw problem(PERSON_ID, "invalid-person-id", "Mã người không hợp lệ (p-…)", "Invalid person id (p-…)");
        }
        if (personId == null) {
            personId = derivedPersonId(communeCode, name, birthYear);
        }

        boolean changed = false;
        // the person first: an appointment needs a registered person (checked on the event store)
        try {
            commands.send(new RegisterPersonCommand(personId, communeCode, name, gender, birthYear, ethnicity, religion,
                    party, phone, today), actor);
            changed = true;
        } catch (DomainException refused) {
            throw problem(AREA, refused); // not expected after checkDetails: the commune was checked by the scope rule
        } catch (RuntimeException other) {
            if (!isDuplicate(other)) {
                throw other;
            }
        }
        String committeeId = area + "/" + termYear;
        try {
            commands.send(new AppointMemberCommand(committeeId, personId, position, organisation, appointedOn, decision), actor);
            changed = true;
        } catch (AggregateNotFoundException noCommittee) {
            throw problem(TERM_YEAR, "committee-not-found", "Khu dân cư chưa có ban công tác cho nhiệm kỳ này",
                    "The area has no committee for this term");
        } catch (DomainException refused) {
            if (!refused.code().equals("already-holds-position")) {
                throw problem(switch (refused.code()) {
                    case "head-already-appointed" -> POSITION;
                    case "date-outside-term" -> APPOINTED_ON;
                    case "area-not-in-force" -> AREA;
                    case "missing-decision" -> DECISION;
                    case "person-not-registered", "person-out-of-scope" -> PERSON_ID;
                    default -> TERM_YEAR;
                }, refused);
            }
        }
        return changed ? Outcome.APPLIED : Outcome.UNCHANGED;
    }

    private static boolean isDuplicate(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String n = c.getClass().getSimpleName();
            if (n.equals("AggregateStreamCreationException") || n.equals("ConcurrencyException")) {
                return true;
            }
        }
        return false;
    }

    /** The same person (commune, name without diacritics and case, birth year) always gets the same id. */
    static String derivedPersonId(String communeCode, String name, int birthYear) {
        String key = communeCode + "|" + ReorganisationTranslation.withoutDiacritics(name.strip().replaceAll("\\s+", " "))
                .toLowerCase(Locale.ROOT) + "|" + birthYear;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Position position(String value) {
        String v = ReorganisationTranslation.withoutDiacritics(value.strip()).toLowerCase(Locale.ROOT);
        for (Position p : Position.values()) {
            if (v.equals(p.name().toLowerCase(Locale.ROOT))
                    || v.equals(ReorganisationTranslation.withoutDiacritics(p.labelVi()).toLowerCase(Locale.ROOT))
                    || v.equals(p.labelEn().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw problem(POSITION, "invalid-position", "Chức danh phải là Trưởng ban, Phó trưởng ban hoặc Ủy viên",
                "Position must be Trưởng ban (head), Phó trưởng ban (deputy) or Ủy viên (member)");
    }

    static MemberOrganisation organisation(String value) {
        String v = ReorganisationTranslation.withoutDiacritics(value.strip()).toLowerCase(Locale.ROOT);
        for (MemberOrganisation o : MemberOrganisation.values()) {
            if (v.equals(o.name().toLowerCase(Locale.ROOT))
                    || v.equals(ReorganisationTranslation.withoutDiacritics(o.labelVi()).toLowerCase(Locale.ROOT))
                    || v.equals(o.labelEn().toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        throw problem(ORGANISATION, "invalid-organisation", "Tổ chức đại diện không có trong danh mục",
                "The represented organisation is not in the catalogue");
    }

    static LocalDate date(String value) {
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, VN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw problem(APPOINTED_ON, "invalid-date", "Ngày bổ nhiệm phải có dạng ngày/tháng/năm hoặc năm-tháng-ngày",
                    "The appointment date must be day/month/year or year-month-day");
        }
    }

    private static int integer(Map<String, String> cells, String column, int min, int max) {
        try {
            int v = Integer.parseInt(cells.getOrDefault(column, "").strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(column, "invalid-number", "Phải là năm từ " + min + " đến " + max,
                "Must be a year from " + min + " to " + max);
    }

    private static String required(Map<String, String> cells, String column) {
        String v = cells.getOrDefault(column, "").strip();
        if (v.isEmpty()) {
            throw problem(column, "missing-value", "Thiếu giá trị", "The value is missing");
        }
        return v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    static RowProblem problem(String column, String code, String vi, String en) {
        return new RowProblem(column, code, vi, en);
    }

    static RowProblem problem(String column, DomainException e) {
        return new RowProblem(column, e.code(), e.text().vi(), e.text().en());
    }
}
