-- A network's service area holds only neighbourhoods that exist and lie in the network's region (issue 9, item 2):
-- before this was checked, the area toggle and the area form saved any code, also one of another region or one
-- that does not exist. Remove such rows, so no coordinator keeps curating entries outside their region.
delete from network_service_area
where not exists (
    select 1
    from network_network n
    join network_region_municipality m on m.region_id = n.region_id
    join area a on a.municipality_code = m.municipality_code
    where n.id = network_service_area.network_id
      and a.code = network_service_area.neighbourhood_code
      and a.area_level = 'NEIGHBOURHOOD'
);
