package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_COMMUNE;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.DossierOutline;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.domain.dossier.Territory;
import fr.ptce.workbench.persistence.common.ParisTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.exception.DataAccessException;

/**
 * Every dossier's outline read from the JDBC result set by column position, the SQL still rendered by jOOQ for the
 * dialect: the avis export of 5,000 dossiers spent half its reading of the outlines and their communes in jOOQ's
 * records and bindings (performance.md, P4 fourth pass). Same values as {@link DossierRowMapper#toOutline}.
 */
final class OutlineRows {

    private OutlineRows() {}

    static List<DossierOutline> all(DSLContext dsl, List<Field<?>> columns, OrderField<?>[] order) {
        Map<String, List<Commune>> communes = communes(dsl);
        List<DossierOutline> outlines = new ArrayList<>();
        try (ResultSet rows = dsl.select(columns).from(DOSSIER).orderBy(order).fetchResultSet()) {
            while (rows.next()) {
                String number = rows.getString(1);
                String admissibility = rows.getString(12);
                outlines.add(new DossierOutline(
                        number,
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        InseeLegalCategory.of(rows.getString(5), rows.getString(6)),
                        rows.getString(7),
                        ParisTime.of(rows.getObject(8, OffsetDateTime.class)),
                        new Territory(
                                bool(rows, 9),
                                bool(rows, 10),
                                communes.getOrDefault(number, List.of()),
                                rows.getBoolean(11)),
                        admissibility == null ? null : Admissibility.valueOf(admissibility)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the dossiers' outlines", e);
        }
        return outlines;
    }

    /** Every dossier's communes in their order, by dossier number. */
    private static Map<String, List<Commune>> communes(DSLContext dsl) {
        Map<String, List<Commune>> communes = new HashMap<>();
        try (ResultSet rows = dsl.select(
                        DOSSIER_COMMUNE.DOSSIER_NUMBER,
                        DOSSIER_COMMUNE.INSEE,
                        DOSSIER_COMMUNE.NAME,
                        DOSSIER_COMMUNE.EXPORTED_VALUE)
                .from(DOSSIER_COMMUNE)
                .orderBy(DOSSIER_COMMUNE.DOSSIER_NUMBER, DOSSIER_COMMUNE.POSITION)
                .fetchResultSet()) {
            String current = null;
            List<Commune> list = null;
            while (rows.next()) {
                String number = rows.getString(1);
                if (!number.equals(current)) {
                    current = number;
                    list = new ArrayList<>();
                    communes.put(number, list);
                }
                list.add(new Commune(rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the dossiers' communes", e);
        }
        return communes;
    }

    private static Boolean bool(ResultSet rows, int column) throws SQLException {
        boolean value = rows.getBoolean(column);
        return rows.wasNull() ? null : value;
    }
}
