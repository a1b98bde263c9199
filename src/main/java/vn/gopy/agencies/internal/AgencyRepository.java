package vn.gopy.agencies.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.gopy.agencies.Agency;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("select a from Agency a order by a.nameVi")
    List<Agency> findAllByName();

    @Query("select a from Agency a where lower(a.code) = lower(:code)")
    Optional<Agency> findByCode(String code);

    @Query("select a from Agency a where lower(a.nameVi) = lower(:name)")
    Optional<Agency> findByNameVi(String name);
}
